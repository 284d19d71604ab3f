import { render } from 'preact';
import { LibraryApp } from './LibraryApp';
import '../popup/style.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<LibraryApp />, root);
