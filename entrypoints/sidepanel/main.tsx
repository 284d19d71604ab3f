import { render } from 'preact';
import { localizePage } from '@/utils/i18n';
import { PanelApp } from './PanelApp';
import '../popup/style.css';
import './style.css';

localizePage();
const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
