// `npm start` (after the build): the demo articles and the built package on http://localhost:8000/demo/.
// Files are served as they are (no bare-import rewriting): the demo loads the self-contained CDN build.
export default {
  rootDir: '.',
  hostname: 'localhost',
  port: 8000,
  nodeResolve: false,
  middleware: [
    function demoIndex(context, next) {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
};
