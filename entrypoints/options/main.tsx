import { render } from 'preact';
import { OptionsApp } from './OptionsApp';
import '../popup/style.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
