<?php
/**
 * Uninstall: remove the plugin's option. Posts keep their blocks and shortcodes as text.
 *
 * @package ExerciseElements
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'exercise_elements_settings' );
delete_site_option( 'exercise_elements_settings' );
