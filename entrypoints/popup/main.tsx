import { render } from 'preact';
import { App } from './App';
import './style.css';

render(<App tabParam={new URLSearchParams(location.search).get('tab')} />, document.getElementById('app')!);
