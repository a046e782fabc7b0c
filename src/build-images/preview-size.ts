/** The link preview's size (og:image), shared by the drawing and the pages' meta tags without loading the canvas library into the pages. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
