// `npm run kortadresser:update`: builds the site and adds to content/kortadresser.yaml every short
// address the numbering gives that the file does not have yet (a new direction or section). It
// never removes or changes a recorded address: when the numbering would move one, the build
// fails and says how to decide in the file. Review the change like content before committing it.
process.env.NARMARE_SHORT_ADDRESSES = 'update';
await import('./build.mjs');
