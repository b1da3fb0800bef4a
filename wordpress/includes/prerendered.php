<?php
/**
 * The zero-shift rendering: the element's finished rendering as a declarative shadow root
 * (`<template shadowrootmode="open">` with its styles and markup), which the browser paints from
 * the HTML before and without any script; the element then upgrades in place.
 *
 * The renderings are not written here: the package's own renderer (renderSnippet(), Lit's server
 * renderer running the elements' real render()) wrote them when the plugin was built
 * (scripts/wp-prerender.mjs), for every exercise and routine in every shipped language, full and
 * compact, with theme "auto" and no timer; the styles once per element kind. PHP assembles them and
 * makes exactly five substitutions, each checked against the renderer: the theme (the class of
 * the `part="base"` element; for "auto" on a dark page, the class the element gives itself there),
 * the timer (one block at a fixed place), the heading level (the `aria-level` of the headings),
 * for dose overrides the text of the dose line (worded by includes/dose-format.php), and for a
 * player's rounds, rest between and lead-in its header (includes/routine-plan.php). Options that
 * change anything else (`dir`, a region tag in `lang`, a value the element would not take) get no
 * prerendered root: the element renders them itself, over the light-DOM fallback.
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/** The dose overrides of a card, as attributes. */
const EXERCISE_ELEMENTS_DOSE_ATTRIBUTES = array( 'sets', 'reps', 'hold', 'rest', 'duration', 'side' );

/**
 * A file of assets/prerendered/ (written by the plugin build), read once per request.
 *
 * @param string $name File name.
 * @return string '' when missing.
 */
function exercise_elements_prerendered_file( $name ) {
	static $read = array();
	if ( ! isset( $read[ $name ] ) ) {
		$file           = EXERCISE_ELEMENTS_DIR . '/assets/prerendered/' . $name;
		$text           = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$read[ $name ] = is_string( $text ) ? $text : '';
	}
	return $read[ $name ];
}

/**
 * The prerendered markup of one language, decoded once per request.
 *
 * @param string $lang A shipped language.
 * @return array
 */
function exercise_elements_prerendered( $lang ) {
	static $decoded = array();
	if ( ! isset( $decoded[ $lang ] ) ) {
		$data              = json_decode( exercise_elements_prerendered_file( $lang . '.json' ), true );
		$decoded[ $lang ] = is_array( $data ) ? $data : array();
	}
	return $decoded[ $lang ];
}

/**
 * The styles of one element kind, as the renderer wrote them.
 *
 * @param string $tag 'exercise-card' or 'routine-player'.
 * @return string '' when missing.
 */
function exercise_elements_prerendered_css( $tag ) {
	return exercise_elements_prerendered_file( $tag . '.css' );
}

/**
 * `$subject` with the first `$search` made `$replace`.
 *
 * @param string $search  What to find.
 * @param string $replace What to put in its place.
 * @param string $subject The text.
 * @return string|null Null when `$search` is not there.
 */
function exercise_elements_replace_first( $search, $replace, $subject ) {
	$at = strpos( $subject, $search );
	return false === $at ? null : substr_replace( $subject, $replace, $at, strlen( $search ) );
}

/**
 * Whether the prerendered rendering is the element's rendering for these attributes: only the
 * attributes it was written for, or substitutes, with values it knows.
 *
 * @param string $tag   'exercise-card' or 'routine-player'.
 * @param array  $clean The element's checked attributes.
 * @return bool
 */
function exercise_elements_prerendered_covers( $tag, $clean ) {
	$covered = array(
		'exercise-card'  => array_merge( array( 'exercise', 'lang', 'theme', 'variant', 'timer', 'structured-data', 'heading-level' ), EXERCISE_ELEMENTS_DOSE_ATTRIBUTES ),
		// A label names only a routine without a name, and every dataset routine has one (the build checks).
		'routine-player' => array_merge( array( 'routine', 'lang', 'theme', 'heading-level', 'muted', 'voice', 'remember', 'wake-lock', 'label' ), EXERCISE_ELEMENTS_PLAN_ATTRIBUTES ),
	);
	if ( array_diff( array_keys( $clean ), $covered[ $tag ] ) ) {
		return false;
	}
	if ( isset( $clean['theme'] ) && ! in_array( $clean['theme'], array( 'auto', 'light', 'dark' ), true ) ) {
		return false;
	}
	if ( isset( $clean['variant'] ) && ! in_array( $clean['variant'], array( 'full', 'compact' ), true ) ) {
		return false;
	}
	// A region tag (pt-BR) may format numbers otherwise than the language the rendering is in.
	return ! isset( $clean['lang'] ) || ( '' !== exercise_elements_language( $clean['lang'] ) && strtolower( $clean['lang'] ) === exercise_elements_language( $clean['lang'] ) );
}

/**
 * The declarative shadow root for an element, or '' when there is none for these attributes.
 *
 * @param string $tag   'exercise-card' or 'routine-player'.
 * @param array  $clean The element's checked attributes.
 * @param string $lang  The shipped language the element renders in.
 * @return string
 */
function exercise_elements_shadow_root( $tag, $clean, $lang ) {
	if ( ! exercise_elements_prerendered_covers( $tag, $clean ) ) {
		return '';
	}
	$data    = exercise_elements_prerendered( $lang );
	$variant = 'exercise-card' === $tag ? ( $clean['variant'] ?? 'full' ) : 'full';
	$markup  = 'exercise-card' === $tag
		? ( $data[ $tag ][ $clean['exercise'] ?? '' ][ $variant ] ?? null )
		: ( $data[ $tag ][ $clean['routine'] ?? '' ] ?? null );
	$css     = exercise_elements_prerendered_css( $tag );
	if ( ! is_string( $markup ) || '' === $css ) {
		return '';
	}
	$theme = $clean['theme'] ?? 'auto';
	// "auto" on a dark page: painted dark, as the element will judge the page (includes/theme-style.php).
	$theme = 'auto' === $theme && exercise_elements_page_is_dark() ? 'auto-dark' : $theme;
	if ( 'auto' !== $theme ) {
		$classes = $data['base'][ $tag ][ $variant ] ?? array();
		$markup  = isset( $classes['auto'], $classes[ $theme ] )
			? exercise_elements_replace_first( 'class="' . $classes['auto'] . '"', 'class="' . $classes[ $theme ] . '"', $markup )
			: null;
	}
	if ( is_string( $markup ) && ! empty( $clean['timer'] ) && 'exercise-card' === $tag ) {
		$timer  = $data['timer'][ $variant ] ?? null;
		$markup = is_array( $timer ) ? exercise_elements_replace_first( (string) $timer[0], (string) $timer[1], $markup ) : null;
	}
	$overrides = 'exercise-card' === $tag ? array_intersect_key( $clean, array_flip( EXERCISE_ELEMENTS_DOSE_ATTRIBUTES ) ) : array();
	if ( is_string( $markup ) && $overrides ) {
		$markup = exercise_elements_with_dose( $markup, $clean['exercise'] ?? '', $overrides, $data['dose'] ?? null );
	}
	$plan = 'routine-player' === $tag ? array_intersect_key( $clean, array_flip( EXERCISE_ELEMENTS_PLAN_ATTRIBUTES ) ) : array();
	if ( is_string( $markup ) && $plan ) {
		$markup = exercise_elements_with_plan( $markup, $data['plans'][ $clean['routine'] ?? '' ] ?? null, $clean, $data['dose'] ?? null );
	}
	if ( ! is_string( $markup ) ) {
		return '';
	}
	if ( isset( $clean['heading-level'] ) && is_numeric( $clean['heading-level'] ) ) {
		// As the element reads it: rounded, 1 to 6; its sections one level below, capped at 6.
		$level  = max( 1, min( 6, (int) round( (float) $clean['heading-level'] ) ) );
		$markup = (string) preg_replace_callback(
			'/role="heading" aria-level="(\d)"/',
			static function ( $m ) use ( $level ) {
				return 'role="heading" aria-level="' . min( 6, $level + (int) $m[1] - 2 ) . '"';
			},
			$markup
		);
	}
	return "<template shadowrootmode=\"open\">\n<style>\n" . $css . "\n</style>" . $markup . "\n</template>";
}

/**
 * Text escaped as Lit's server renderer escapes text and attribute values.
 *
 * @param string $text The text.
 * @return string
 */
function exercise_elements_escape_text( $text ) {
	return strtr(
		$text,
		array(
			'&' => '&amp;',
			'<' => '&lt;',
			'>' => '&gt;',
			'"' => '&quot;',
			"'" => '&#39;',
		)
	);
}

/**
 * The card's markup with the text of its dose line made the overridden dose's.
 *
 * @param string $markup    The prerendered card.
 * @param string $id        The exercise id.
 * @param array  $overrides The dose attributes.
 * @param mixed  $tables    The language's dose tables.
 * @return string|null Null when the dose cannot be worded here or the card has no dose line.
 */
function exercise_elements_with_dose( $markup, $id, $overrides, $tables ) {
	$exercise = exercise_elements_find( 'exercises', $id );
	$words    = $exercise ? exercise_elements_dose_words( $exercise['dose'] ?? array(), $overrides, $tables ) : null;
	if ( null === $words || '' === $words ) {
		return null;
	}
	$text  = exercise_elements_escape_text( $words );
	$count = 0;
	$out   = preg_replace_callback(
		'#(<p part="dose" class="dose"><span class="visually-hidden">[^<]*</span>)[^<]*(</p>)#',
		static function ( $m ) use ( $text ) {
			return $m[1] . $text . $m[2];
		},
		$markup,
		1,
		$count
	);
	return 1 === $count ? $out : null;
}
