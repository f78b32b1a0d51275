// Composition root. Until the browser game lands (issue 4), the page says what exists so far.
const app = document.getElementById('app');
if (app) {
  app.innerHTML =
    '<main style="font-family:sans-serif;max-width:40rem;margin:4rem auto;line-height:1.6">' +
    '<h1>Kefu Dojo · 客服道场</h1>' +
    '<p>The browser game is being built. Today the core runs from the command line: ' +
    '<code>npm run --silent analyze -- --locale zh-CN</code>.</p></main>';
}
