import { render } from 'preact';
import { PanelApp } from './PanelApp';
import '../popup/style.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
