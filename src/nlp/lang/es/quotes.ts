import type { QuoteWords } from '../types.js';

export const ES_QUOTES: QuoteWords = {
  sayingNouns:
    /^(argumentos?|tesis|discursos?|palabras|declaraciones|críticas?|postura|propuestas?|preguntas?|acusaciones)$/,
  introducingVerbs:
    /^(añad|agreg|dijo|dicho|afirm|asegur|explic|subray|sentenci|conclu|insist|remach|advirt|advert|apunt|señal|record|declar|respond|contest|zanj|referi|refiri)/,
  documentNouns:
    /^(tarjeta|comunicado|nota|informe|documento|boletín|mensaje|carta|escrito|resolución|sentencia|auto|declaración)$/,
};
