export function wire(button: HTMLButtonElement): void {
  button.addEventListener('click', async () => {
    await Promise.resolve();
  });
  [1, 2].forEach(async (n) => {
    await Promise.resolve(n);
  });
}
