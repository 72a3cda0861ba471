// Demo entry: the task pane and an in-memory Excel, for trying the add-in without Excel.
import { createRoot } from 'react-dom/client';
import { DemoApp } from './DemoApp';

createRoot(document.getElementById('root')!).render(<DemoApp />);
