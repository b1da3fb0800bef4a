#!/usr/bin/env bash
# The WordPress plugin against a real WordPress (Debian 12's packages, offline but for the apt
# mirror): installs WordPress, MariaDB and PHP if missing (setup-wordpress.sh, idempotent), builds
# and installs the plugin zip, activates it, and runs the end-to-end checks in Chromium (e2e.mjs),
# which end with "N passed, N failed". Every step has a time limit so that CI never hangs.
#
#   wordpress/test/run.sh          set up (or reuse) the site, test, leave the site running
#   wordpress/test/run.sh --stop   the same, then stop the database and web server it started
set -euo pipefail
cd "$(dirname "$0")/../.."
here=wordpress/test
plugins=/usr/share/wordpress/wp-content/plugins

echo "::: WordPress (setup-wordpress.sh)"
timeout 900 bash "$here/setup-wordpress.sh"

echo "::: plugin zip (npm run wp-plugin)"
timeout 600 npm run --silent wp-plugin
rm -rf "$plugins/exercise-elements"
(cd "$plugins" && unzip -q "$OLDPWD/dist/wordpress/exercise-elements.zip")
mkdir -p /usr/share/wordpress/wp-content/mu-plugins
cp "$here/test-style-variation.php" /usr/share/wordpress/wp-content/mu-plugins/
timeout 60 php "$here/wp.php" activate
timeout 60 php "$here/wp.php" clean

echo "::: end-to-end checks"
status=0
timeout 600 node "$here/e2e.mjs" || status=$?
if [[ ${1:-} == --stop ]]; then bash "$here/setup-wordpress.sh" stop; fi
exit "$status"
