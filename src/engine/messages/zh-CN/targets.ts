import type { MessageTable } from '../types';

export const messages: MessageTable = {};
