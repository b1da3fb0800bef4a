<?php
/**
 * Blocks "Exercise card" and "Routine player": dynamic blocks. What readers get comes from
 * exercise_elements_render() at view time (with the prerendered shadow root); the block also
 * stores the element with its fallback (attribute `fallback`, fetched by the editor from the
 * block renderer, i.e. the same function, which leaves the shadow root out of REST responses),
 * which WordPress prints when the plugin is inactive, so posts stay readable without it.
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Block attributes (camelCase) as element attributes (kebab-case), empty ones left out.
 *
 * @param array $attributes Block attributes.
 * @return array
 */
function exercise_elements_block_to_element( $attributes ) {
	$out = array();
	foreach ( (array) $attributes as $name => $value ) {
		if ( 'fallback' === $name || false === $value || null === $value || '' === $value ) {
			continue;
		}
		$out[ strtolower( (string) preg_replace( '/([a-z])([A-Z])/', '$1-$2', (string) $name ) ) ] = $value;
	}
	return $out;
}

add_action(
	'init',
	static function () {
		$asset = plugins_url( 'editor/', EXERCISE_ELEMENTS_FILE );
		wp_register_script(
			'exercise-elements-editor',
			$asset . 'editor.js',
			array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n', 'wp-api-fetch' ),
			EXERCISE_ELEMENTS_VERSION,
			true
		);
		wp_set_script_translations( 'exercise-elements-editor', 'exercise-elements', EXERCISE_ELEMENTS_DIR . '/languages' );
		wp_add_inline_script(
			'exercise-elements-editor',
			'window.exerciseElementsEditor = ' . wp_json_encode(
				array(
					'datasetUrl' => plugins_url( 'assets/data/dataset.json', EXERCISE_ELEMENTS_FILE ),
					'languages'  => EXERCISE_ELEMENTS_LANGUAGES,
				)
			) . ';',
			'before'
		);
		foreach ( array( 'exercise-card', 'routine-player' ) as $tag ) {
			register_block_type(
				EXERCISE_ELEMENTS_DIR . '/blocks/' . $tag,
				array(
					'render_callback' => static function ( $attributes ) use ( $tag ) {
						return exercise_elements_in_content( exercise_elements_render( $tag, exercise_elements_block_to_element( $attributes ) ) );
					},
				)
			);
		}
	}
);

// The editor previews the element itself: load the library there too.
add_action(
	'enqueue_block_editor_assets',
	static function () {
		exercise_elements_enqueue();
	}
);
