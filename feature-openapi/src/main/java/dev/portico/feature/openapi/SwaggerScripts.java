package dev.portico.feature.openapi;

/** The HTML of the Swagger UI page and of the OAuth2 redirect page. */
final class SwaggerScripts {

    private SwaggerScripts() {
    }

    /**
     * The page. {@code @ROUTE@} is the route path, {@code @ASSETS@} the asset URL or {@code null},
     * {@code @INTEGRITY@} the files' subresource integrity ({@code css}, {@code js}) or {@code null},
     * {@code @SPEC@} the document: the base path is what the browser's path has before the route.
     */
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>@TITLE@</title>
            </head>
            <body>
            <div id="swagger-ui"></div>
            <script>
            (function () {
              var route = @ROUTE@;
              var page = window.location.pathname.replace(/\\/+$/, '');
              var base = route !== '/' && page.slice(-route.length) === route
                  ? page.slice(0, page.length - route.length) : page;
              var assets = @ASSETS@ || ((route === '/' ? base : page) + '/assets');
              var integrity = @INTEGRITY@;
              var spec = @SPEC@;
              if (!spec.servers || spec.servers.length === 0) {
                spec.servers = [{ url: base || '/' }];
              }
              var css = document.createElement('link');
              css.rel = 'stylesheet';
              css.href = assets + '/swagger-ui.css';
              if (integrity) {
                css.integrity = integrity.css;
                css.crossOrigin = 'anonymous';
              }
              document.head.appendChild(css);
              var script = document.createElement('script');
              script.src = assets + '/swagger-ui-bundle.js';
              if (integrity) {
                script.integrity = integrity.js;
                script.crossOrigin = 'anonymous';
              }
              script.onload = function () {
                var ui = SwaggerUIBundle({
                  spec: spec,
                  dom_id: '#swagger-ui',
                  deepLinking: true,
                  layout: 'BaseLayout',
                  presets: [SwaggerUIBundle.presets.apis],
                  oauth2RedirectUrl: window.location.origin + page + '?format=oauth2-redirect',
                  @OPTIONS@
                });
                @INIT_OAUTH@
                window.ui = ui;
              };
              document.body.appendChild(script);
            })();
            </script>
            </body>
            </html>
            """;

    /**
     * Completes an OAuth2 login started by Swagger UI in the window that opened this one: passes the
     * code (authorization code flow) or the token (implicit flow) back, then closes.
     */
    static final String OAUTH2_REDIRECT = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Swagger UI: OAuth2 login</title></head>
            <body>
            <script>
            (function () {
              var login = window.opener && window.opener.swaggerUIRedirectOauth2;
              if (!login) {
                document.body.textContent = 'This page completes a Swagger UI login; open Swagger UI instead.';
                return;
              }
              var schema = login.auth.schema;
              var flow = schema.get ? schema.get('flow') : schema.flow;
              var codeFlow = flow === 'accessCode' || flow === 'authorizationCode' || flow === 'authorization_code';
              var raw = codeFlow || !window.location.hash ? window.location.search : window.location.hash;
              var params = {};
              new URLSearchParams(raw.substring(1)).forEach(function (value, key) { params[key] = value; });
              var stateMatches = params.state === login.state;
              if (codeFlow && !login.auth.code) {
                if (!stateMatches) {
                  login.errCb({ authId: login.auth.name, source: 'auth', level: 'warning',
                    message: 'The state returned differs from the one sent; the login may not be safe.' });
                }
                if (params.code) {
                  delete login.state;
                  login.auth.code = params.code;
                  login.callback({ auth: login.auth, redirectUrl: login.redirectUrl });
                } else {
                  login.errCb({ authId: login.auth.name, source: 'auth', level: 'error',
                    message: 'Login failed: ' + (params.error || 'no code returned')
                      + (params.error_description ? ' (' + params.error_description + ')' : '') });
                }
              } else {
                login.callback({ auth: login.auth, token: params, isValid: stateMatches, redirectUrl: login.redirectUrl });
              }
              window.close();
            })();
            </script>
            </body>
            </html>
            """;
}
