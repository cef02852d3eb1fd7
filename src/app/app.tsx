export function App() {
  return (
    <main>
      <h1>Trial Atlas</h1>
    </main>
  );
}
