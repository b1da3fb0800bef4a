<?php
/**
 * Shortcodes [exercise-card exercise="…"] and [routine-player routine="…"], for the classic
 * editor, widgets and page builders: the same markup as the blocks.
 *
 * wpautop runs before shortcodes (priority 10 vs 11) and may have wrapped the shortcode in a
 * paragraph, where a card's block content would close the `<p>` and with it the card. Inside
 * content filters, a shortcode (and a block, rendered at priority 9) therefore returns a
 * placeholder, and a filter right after do_shortcode puts the markup in its place outside any
 * paragraph: the prerendered shadow root reaches the page exactly as the renderer wrote it,
 * untouched by wptexturize, wpautop and do_shortcode.
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shortcode attributes as element attributes: `[exercise-card timer]` is a boolean flag.
 *
 * @param array|string $atts Shortcode attributes.
 * @return array
 */
function exercise_elements_shortcode_attributes( $atts ) {
	$out = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$out[ strtolower( (string) $value ) ] = true;
		} else {
			$out[ strtolower( $name ) ] = $value;
		}
	}
	return $out;
}

/**
 * Placeholders waiting for their markup, and whether a content filter is running.
 *
 * @param string|null $markup Markup to park (returns its placeholder), or null to read.
 * @return array{depth: int, parked: array<int, string>}|string
 */
function exercise_elements_placeholders( $markup = null ) {
	static $state = array(
		'depth'  => 0,
		'parked' => array(),
	);
	if ( is_array( $markup ) ) {
		$state = $markup;
		return $state;
	}
	if ( null === $markup ) {
		return $state;
	}
	$id                     = count( $state['parked'] ) + 1;
	$state['parked'][ $id ] = $markup;
	return '<!--exercise-elements:' . $id . '-->';
}

/**
 * The shortcode's output: its markup, or a placeholder while a content filter runs.
 *
 * @param string $tag  Element tag.
 * @param array  $atts Shortcode attributes.
 * @return string
 */
function exercise_elements_shortcode( $tag, $atts ) {
	return exercise_elements_in_content( exercise_elements_render( $tag, exercise_elements_shortcode_attributes( $atts ) ) );
}

/**
 * Our markup as a shortcode or block returns it: a placeholder while a content filter runs.
 *
 * @param string $markup The element's markup.
 * @return string
 */
function exercise_elements_in_content( $markup ) {
	$state = exercise_elements_placeholders();
	return $state['depth'] > 0 ? exercise_elements_placeholders( $markup ) : $markup;
}

/**
 * Puts parked markup in place of its placeholders, outside the paragraph wpautop put it in.
 *
 * @param string $content Filtered content.
 * @return string
 */
function exercise_elements_place_markup( $content ) {
	$state = exercise_elements_placeholders();
	if ( $state['depth'] > 0 ) {
		--$state['depth'];
	}
	$parked = $state['parked'];
	if ( 0 === $state['depth'] ) {
		$state['parked'] = array();
	}
	exercise_elements_placeholders( $state );
	if ( ! $parked || false === strpos( (string) $content, '<!--exercise-elements:' ) ) {
		return $content;
	}
	$content = preg_replace_callback(
		'/<!--exercise-elements:(\d+)-->/',
		static function ( $m ) use ( $parked, &$content ) {
			return $parked[ (int) $m[1] ] ?? '';
		},
		(string) preg_replace_callback(
			// A placeholder inside a paragraph: close the paragraph before it and reopen it after.
			'/<p(?:\s[^>]*)?>(?:(?!<\/p>).)*?<!--exercise-elements:\d+-->(?:(?!<\/p>).)*<\/p>/s',
			static function ( $m ) {
				$split = preg_replace( '/(<!--exercise-elements:\d+-->)(?:\s*<br\s*\/?>)?/', '</p>$1<p>', $m[0] );
				return preg_replace( '/<p(?:\s[^>]*)?>\s*<\/p>/', '', (string) $split );
			},
			(string) $content
		)
	);
	return $content;
}

/**
 * Marks the start of a content filter run (before do_blocks, wptexturize, wpautop and do_shortcode).
 *
 * @param string $content Content.
 * @return string
 */
function exercise_elements_enter_content( $content ) {
	$state = exercise_elements_placeholders();
	++$state['depth'];
	exercise_elements_placeholders( $state );
	return $content;
}

add_action(
	'init',
	static function () {
		add_shortcode(
			'exercise-card',
			static function ( $atts ) {
				return exercise_elements_shortcode( 'exercise-card', $atts );
			}
		);
		add_shortcode(
			'routine-player',
			static function ( $atts ) {
				return exercise_elements_shortcode( 'routine-player', $atts );
			}
		);
		foreach ( array( 'the_content', 'widget_text_content', 'widget_block_content' ) as $filter ) {
			add_filter( $filter, 'exercise_elements_enter_content', 8 );
			add_filter( $filter, 'exercise_elements_place_markup', 12 );
		}
	}
);
