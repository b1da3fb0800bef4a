<?php
/**
 * The library, enqueued once and only on pages with our elements, as a module script served
 * from the plugin's own folder (or from the CDN when the setting says so).
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Where the library comes from.
 *
 * @return string
 */
function exercise_elements_script_url() {
	if ( 'cdn' === exercise_elements_setting( 'source' ) ) {
		return 'https://cdn.jsdelivr.net/npm/exercise-elements@' . EXERCISE_ELEMENTS_VERSION . '/dist/cdn/exercise-elements.js';
	}
	return plugins_url( 'assets/cdn/exercise-elements.js', EXERCISE_ELEMENTS_FILE );
}

/**
 * Enqueues the library and the theme's custom properties (idempotent: WordPress prints a handle once).
 */
function exercise_elements_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'exercise-elements', exercise_elements_script_url(), array(), null ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- the URL carries the version.
	} else {
		wp_enqueue_script( 'exercise-elements', exercise_elements_script_url(), array(), EXERCISE_ELEMENTS_VERSION, false );
	}
	if ( ! wp_style_is( 'exercise-elements', 'registered' ) ) {
		wp_register_style( 'exercise-elements', false, array(), EXERCISE_ELEMENTS_VERSION );
		wp_add_inline_style( 'exercise-elements', exercise_elements_inline_css() );
	}
	wp_enqueue_style( 'exercise-elements' );
}

// Before 6.5 WordPress has no script modules: mark our classic handle as a module.
add_filter(
	'script_loader_tag',
	static function ( $tag, $handle ) {
		if ( 'exercise-elements' !== $handle || false !== strpos( $tag, 'type="module"' ) ) {
			return $tag;
		}
		return (string) preg_replace( '/<script(?:\s+type=(["\'])text\/javascript\1)?/', '<script type="module"', $tag, 1 );
	},
	10,
	2
);

/**
 * Whether content uses our elements: a block, a shortcode or the tags themselves.
 *
 * @param string $content Post content.
 * @return bool
 */
function exercise_elements_used_in( $content ) {
	return (bool) preg_match( '/<!-- wp:exercise-elements\/|\[(?:exercise-card|routine-player)[\s\]]|<(?:exercise-card|routine-player|rep-timer)[\s>]/', (string) $content );
}

// Early, so the script goes in the head even in classic themes, which render content after it.
add_action(
	'wp_enqueue_scripts',
	static function () {
		global $wp_query;
		foreach ( (array) ( $wp_query->posts ?? array() ) as $post ) {
			if ( $post instanceof WP_Post && exercise_elements_used_in( $post->post_content ) ) {
				exercise_elements_enqueue();
				return;
			}
		}
	}
);
