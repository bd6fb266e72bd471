import { i18n } from '#i18n';
import { mount } from 'svelte';
import { setPageLanguage } from '@/components/page-language';
import App from './App.svelte';
import '@/components/theme.css';

setPageLanguage();
document.title = i18n.t('options.title');
mount(App, { target: document.getElementById('app')! });
