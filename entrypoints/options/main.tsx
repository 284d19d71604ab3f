import { render } from 'preact';
import { localizePage } from '@/utils/i18n';
import { OptionsApp } from './OptionsApp';
import '../popup/style.css';
import './style.css';

localizePage('pageTitleSettings');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
