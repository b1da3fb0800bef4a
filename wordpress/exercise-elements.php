<?php
/**
 * Plugin Name:       Exercise elements
 * Plugin URI:        https://github.com/exercise-elements/exercise-elements
 * Description:       Exercise cards and routine players for every author: blocks "Exercise card" and "Routine player" and the shortcodes [exercise-card] and [routine-player], in the reader's language.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            exercise-elements
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       exercise-elements
 * Domain Path:       /languages
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

define( 'EXERCISE_ELEMENTS_VERSION', '0.1.0' );
define( 'EXERCISE_ELEMENTS_FILE', __FILE__ );
define( 'EXERCISE_ELEMENTS_DIR', __DIR__ );

require_once __DIR__ . '/includes/dataset.php';
require_once __DIR__ . '/includes/dose-words.php';
require_once __DIR__ . '/includes/dose-format.php';
require_once __DIR__ . '/includes/routine-plan.php';
require_once __DIR__ . '/includes/prerendered.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/enqueue.php';
require_once __DIR__ . '/includes/theme-style.php';
require_once __DIR__ . '/includes/settings.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'exercise-elements', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	}
);
