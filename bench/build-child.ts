// Runs `data:build` in another project folder: `node --import tsx bench/build-child.ts DIR -- ...build args`.
// The build resolves its inputs and writes its outputs from the working folder, so this changes into DIR first.
const [dir] = process.argv.splice(2, 1);
if (!dir) throw new Error('usage: build-child.ts DIR [data:build options]');
process.chdir(dir);
await import('../src/pipeline/build-cli');

export {};
