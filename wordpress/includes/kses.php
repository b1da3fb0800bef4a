<?php
/**
 * Lets every role save our tags with exactly their attributes (never `<script>`): Authors and
 * Contributors lack `unfiltered_html`, and kses would strip the tags and keep the fallback only.
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'wp_kses_allowed_html',
	static function ( $allowed, $context ) {
		if ( 'post' !== $context ) {
			return $allowed;
		}
		foreach ( exercise_elements_element_attributes() as $tag => $attributes ) {
			$allowed[ $tag ] = array_fill_keys( array_keys( $attributes ), true ) + array(
				'class' => true,
				'id'    => true,
				'slot'  => true,
			);
		}
		return $allowed;
	},
	10,
	2
);
