import { render } from 'preact';
import { localizePage } from '@/utils/i18n';
import { App } from './App';
import './style.css';

localizePage('actionTitle');
const root = document.getElementById('app');
if (root) render(<App tabParam={new URLSearchParams(location.search).get('tab')} />, root);
