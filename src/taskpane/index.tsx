// Task pane entry: waits for Office, then renders the pane over src/excel.
import { createRoot } from 'react-dom/client';
import { excelApi } from './excel-api';
import { App } from './App';

Office.onReady(() => {
  createRoot(document.getElementById('root')!).render(<App api={excelApi} />);
});
