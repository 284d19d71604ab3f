import { render } from 'preact';
import { localizePage } from '@/utils/i18n';
import { LibraryApp } from './LibraryApp';
import '../popup/style.css';
import './style.css';

localizePage('pageTitleLibrary');
const root = document.getElementById('app');
if (root) render(<LibraryApp />, root);
