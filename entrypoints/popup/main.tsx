import { render } from 'preact';
import { App } from './App';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App tabParam={new URLSearchParams(location.search).get('tab')} />, root);
