import { mount } from 'svelte';
import { setPageLanguage } from '@/components/page-language';
import App from './App.svelte';
import '@/components/theme.css';

setPageLanguage();
mount(App, { target: document.getElementById('app')! });
