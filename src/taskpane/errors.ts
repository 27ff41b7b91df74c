export { messageForError } from '../excel/messages';
