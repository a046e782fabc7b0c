import { BaseElement, define } from '../element';

/** `<print-button>`: shows its button, which opens the browser's print dialogue. */
class PrintButton extends BaseElement {
  protected init(): void {
    const button = this.required<HTMLButtonElement>('button');
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

define('print-button', PrintButton);
