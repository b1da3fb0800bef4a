<?php
/**
 * The bundled dataset (the library's dist/data/dataset.json, shipped in assets/data/).
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/** Languages the library ships, UI strings and dataset text alike. */
const EXERCISE_ELEMENTS_LANGUAGES = array( 'en', 'es', 'fr', 'de', 'pt', 'ar' );

/**
 * The dataset, decoded once per request.
 *
 * @return array{sources: array, exercises: array, routines: array}
 */
function exercise_elements_dataset() {
	static $dataset = null;
	if ( null === $dataset ) {
		$json    = file_get_contents( EXERCISE_ELEMENTS_DIR . '/assets/data/dataset.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$decoded = is_string( $json ) ? json_decode( $json, true ) : null;
		$dataset = is_array( $decoded ) ? $decoded : array();
		$dataset += array(
			'sources'   => array(),
			'exercises' => array(),
			'routines'  => array(),
		);
	}
	return $dataset;
}

/**
 * One entry of a dataset list by id.
 *
 * @param string $list 'exercises', 'routines' or 'sources'.
 * @param string $id   The id.
 * @return array|null
 */
function exercise_elements_find( $list, $id ) {
	foreach ( exercise_elements_dataset()[ $list ] as $entry ) {
		if ( isset( $entry['id'] ) && $entry['id'] === $id ) {
			return $entry;
		}
	}
	return null;
}

/**
 * A language tag reduced to a shipped language (pt-BR -> pt), or '' when none matches.
 *
 * @param string $tag A BCP 47 tag or a WordPress locale (pt_BR).
 * @return string
 */
function exercise_elements_language( $tag ) {
	$primary = strtolower( (string) preg_replace( '/[-_].*$/', '', (string) $tag ) );
	return in_array( $primary, EXERCISE_ELEMENTS_LANGUAGES, true ) ? $primary : '';
}

/**
 * Localized dataset text with the per-field fallback (es-MX -> es -> en).
 *
 * @param mixed  $text A map from locale to string.
 * @param string $lang The wanted language.
 * @return array{0: string, 1: string} The text and the language it is in ('' when none).
 */
function exercise_elements_text( $text, $lang ) {
	if ( ! is_array( $text ) ) {
		return array( '', '' );
	}
	foreach ( array( $lang, 'en' ) as $candidate ) {
		if ( isset( $text[ $candidate ] ) && is_string( $text[ $candidate ] ) && '' !== $text[ $candidate ] ) {
			return array( $text[ $candidate ], $candidate );
		}
	}
	foreach ( $text as $locale => $value ) {
		if ( is_string( $value ) && '' !== $value ) {
			return array( $value, (string) $locale );
		}
	}
	return array( '', '' );
}
