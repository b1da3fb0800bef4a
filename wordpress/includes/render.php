<?php
/**
 * The one place that writes our markup: the element with its attributes, its finished rendering
 * as a declarative shadow root (includes/prerendered.php: the package's renderer wrote it at build
 * time) and a light-DOM fallback.
 *
 * Blocks (render_callback) and shortcodes both call exercise_elements_render().
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * The attributes each element accepts, with their kind ('text' or 'bool').
 *
 * @return array<string, array<string, string>>
 */
function exercise_elements_element_attributes() {
	$dose   = array(
		'sets'     => 'text',
		'reps'     => 'text',
		'hold'     => 'text',
		'rest'     => 'text',
		'duration' => 'text',
		'side'     => 'text',
	);
	$common = array(
		'lang'          => 'text',
		'dir'           => 'text',
		'theme'         => 'text',
		'heading-level' => 'text',
	);
	return array(
		'exercise-card'  => $common + $dose + array(
			'exercise'        => 'text',
			'variant'         => 'text',
			'timer'           => 'bool',
			'structured-data' => 'bool',
		),
		'routine-player' => $common + array(
			'routine'      => 'text',
			'label'        => 'text',
			'rounds'       => 'text',
			'rest-between' => 'text',
			'lead-in'      => 'text',
			'muted'        => 'bool',
			'voice'        => 'bool',
			'remember'     => 'bool',
			'wake-lock'    => 'text',
		),
		'routine-step'   => $dose + array(
			'exercise' => 'text',
			'lang'     => 'text',
		),
		'rep-timer'      => $common + $dose + array(
			'tempo'    => 'text',
			'count'    => 'text',
			'release'  => 'text',
			'lead-in'  => 'text',
			'label'    => 'text',
			'muted'    => 'bool',
			'voice'    => 'bool',
		),
	);
}

/**
 * Text escaped for HTML, with "[" escaped too so that no shortcode runs inside dataset text.
 *
 * @param string $text Untrusted text.
 * @return string
 */
function exercise_elements_escape( $text ) {
	return str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), esc_html( $text ) );
}

/**
 * A `lang` attribute for text that fell back to another language than the element's.
 *
 * @param string $text_lang The text's language.
 * @param string $lang      The element's language.
 * @return string
 */
function exercise_elements_lang_mark( $text_lang, $lang ) {
	return ( '' !== $text_lang && $text_lang !== $lang ) ? ' lang="' . esc_attr( $text_lang ) . '"' : '';
}

/**
 * Localized text as an element ("<li>…</li>"), marked with its language when it fell back.
 *
 * @param string $tag  Tag name.
 * @param mixed  $text Map from locale to string.
 * @param string $lang The element's language.
 * @return string '' when there is no text.
 */
function exercise_elements_text_element( $tag, $text, $lang ) {
	list( $value, $value_lang ) = exercise_elements_text( $text, $lang );
	if ( '' === $value ) {
		return '';
	}
	return '<' . $tag . exercise_elements_lang_mark( $value_lang, $lang ) . '>' . exercise_elements_escape( $value ) . '</' . $tag . '>';
}

/**
 * The dose in the fallback: the element's own words (includes/dose-format.php) where the tables
 * cover them, else the short form of includes/dose-words.php.
 *
 * @param array  $base       The exercise's dose.
 * @param array  $override   Dose attributes, or with `$attributes` false dose fields (a routine item's).
 * @param string $lang       The content language.
 * @param bool   $attributes Whether `$override` holds attributes.
 * @return string
 */
function exercise_elements_fallback_dose( $base, $override, $lang, $attributes = true ) {
	$data  = exercise_elements_prerendered( $lang );
	$words = exercise_elements_dose_words( $base, $override, $data['dose'] ?? null, $attributes );
	if ( null !== $words ) {
		return $words;
	}
	return $attributes ? exercise_elements_dose_text( $base, $override, $lang ) : exercise_elements_dose_text( array_merge( $base, $override ), array(), $lang );
}

/**
 * The fallback of an exercise card: name, summary, dose, steps (and tips and cautions when full).
 *
 * @param array  $exercise The dataset exercise.
 * @param array  $atts     The element's attributes.
 * @param string $lang     The content language.
 * @param int    $level    Heading level.
 * @return string
 */
function exercise_elements_card_fallback( $exercise, $atts, $lang, $level ) {
	$html = exercise_elements_text_element( 'h' . $level, $exercise['name'] ?? null, $lang );
	$full = 'compact' !== ( $atts['variant'] ?? '' );
	if ( $full ) {
		$html .= exercise_elements_text_element( 'p', $exercise['summary'] ?? null, $lang );
	}
	$dose = exercise_elements_fallback_dose( $exercise['dose'] ?? array(), array_intersect_key( $atts, array_flip( EXERCISE_ELEMENTS_DOSE_ATTRIBUTES ) ), $lang );
	if ( '' !== $dose ) {
		$html .= '<p><strong>' . exercise_elements_escape( $dose ) . '</strong></p>';
	}
	$lists = array( 'steps' => 'ol' );
	if ( $full ) {
		$lists += array(
			'tips'     => 'ul',
			'cautions' => 'ul',
		);
	}
	foreach ( $lists as $field => $list_tag ) {
		$items = '';
		foreach ( (array) ( $exercise[ $field ] ?? array() ) as $item ) {
			$items .= exercise_elements_text_element( 'li', $item, $lang );
		}
		if ( '' === $items ) {
			continue;
		}
		$list = '<' . $list_tag . '>' . $items . '</' . $list_tag . '>';
		if ( ! $full ) {
			// The compact card keeps its steps behind a button: the fallback as short, behind a summary.
			$words = exercise_elements_dose_phrases();
			$list  = '<details><summary>' . exercise_elements_escape( ( $words[ $lang ] ?? $words['en'] )['steps'] ) . '</summary>' . $list . '</details>';
		}
		$html .= $list;
	}
	return $html;
}

/**
 * The fallback of a routine player: its name and its exercises with their doses, in order.
 *
 * @param array  $routine The dataset routine.
 * @param string $lang    The content language.
 * @param int    $level   Heading level.
 * @return string
 */
function exercise_elements_routine_fallback( $routine, $lang, $level ) {
	$html  = exercise_elements_text_element( 'h' . $level, $routine['name'] ?? null, $lang );
	$html .= exercise_elements_text_element( 'p', $routine['summary'] ?? null, $lang );
	$items = '';
	foreach ( (array) ( $routine['items'] ?? array() ) as $item ) {
		$exercise = exercise_elements_find( 'exercises', (string) ( $item['exercise'] ?? '' ) );
		if ( null === $exercise ) {
			continue;
		}
		list( $name, $name_lang ) = exercise_elements_text( $exercise['name'] ?? null, $lang );
		$dose                     = exercise_elements_fallback_dose( (array) ( $exercise['dose'] ?? array() ), (array) ( $item['dose'] ?? array() ), $lang, false );
		$items                   .= '<li><span' . exercise_elements_lang_mark( $name_lang, $lang ) . '>' . exercise_elements_escape( $name ) . '</span>'
			. ( '' !== $dose ? ': ' . exercise_elements_escape( $dose ) : '' ) . '</li>';
	}
	return $html . ( '' !== $items ? '<ol>' . $items . '</ol>' : '' );
}

/**
 * How many REST requests are being dispatched (rest_do_request() inside PHP included, which
 * does not define REST_REQUEST).
 *
 * @param int $change +1 or -1 as a request starts or ends; 0 to read.
 * @return int
 */
function exercise_elements_rest_depth( $change = 0 ) {
	static $depth = 0;
	$depth = max( 0, $depth + $change );
	return $depth;
}

add_filter(
	'rest_request_before_callbacks',
	static function ( $response ) {
		exercise_elements_rest_depth( 1 );
		return $response;
	}
);
add_filter(
	'rest_request_after_callbacks',
	static function ( $response ) {
		exercise_elements_rest_depth( -1 );
		return $response;
	}
);

/**
 * Whether this response should carry declarative shadow roots: not in feeds (feed readers run no
 * declarative shadow DOM and may show a template's text) nor in REST responses (the block editor
 * stores what the block renderer returns as the post's content, which must stay the plain fallback
 * that kses keeps and that stays readable should the plugin be deactivated).
 *
 * @return bool
 */
function exercise_elements_wants_shadow_root() {
	$wanted = ! ( isset( $GLOBALS['wp_query'] ) && is_feed() ) && 0 === exercise_elements_rest_depth() && ! ( defined( 'REST_REQUEST' ) && REST_REQUEST );
	/**
	 * Filters whether elements get their prerendered shadow root in this response.
	 *
	 * @param bool $wanted True on pages, false in feeds and REST responses.
	 */
	return (bool) apply_filters( 'exercise_elements_shadow_root', $wanted );
}

/**
 * Our markup for one element: `<exercise-card …><template shadowrootmode="open">…</template>fallback</exercise-card>`
 * or the same for `<routine-player …>`.
 *
 * Attribute values are checked against each element's list; unknown ones are dropped. The shadow
 * root and the fallback are written in the element's language (its `lang`, else the site's; the
 * element is then given that `lang`, so that it upgrades in the language it was painted in), with
 * no `<p>` around the element, so wpautop and the shortcode filters leave it whole.
 *
 * @param string $tag  'exercise-card' or 'routine-player'.
 * @param array  $atts Attribute name => value (string, or bool for boolean attributes).
 * @return string
 */
function exercise_elements_render( $tag, $atts ) {
	$known = exercise_elements_element_attributes();
	if ( ! in_array( $tag, array( 'exercise-card', 'routine-player' ), true ) ) {
		return '';
	}
	$clean = array();
	foreach ( $known[ $tag ] as $name => $kind ) {
		if ( ! isset( $atts[ $name ] ) ) {
			continue;
		}
		$value = $atts[ $name ];
		if ( 'bool' === $kind ) {
			if ( true === $value || in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', 'on', '' ), true ) ) {
				$clean[ $name ] = true;
			}
		} elseif ( is_scalar( $value ) && '' !== trim( (string) $value ) ) {
			$clean[ $name ] = trim( (string) $value );
		}
	}
	$lang  = exercise_elements_language( $clean['lang'] ?? '' );
	$lang  = '' !== $lang ? $lang : ( exercise_elements_language( get_locale() ) ? exercise_elements_language( get_locale() ) : 'en' );
	$level = isset( $clean['heading-level'] ) ? max( 2, min( 6, (int) $clean['heading-level'] ) ) : 3;

	$shadow = exercise_elements_wants_shadow_root() ? exercise_elements_shadow_root( $tag, $clean, $lang ) : '';
	if ( '' !== $shadow && ! isset( $clean['lang'] ) ) {
		$clean = array( 'lang' => $lang ) + $clean;
	}
	$attributes = '';
	foreach ( $clean as $name => $value ) {
		$attributes .= true === $value ? ' ' . $name : ' ' . $name . '="' . str_replace( '[', '&#91;', esc_attr( $value ) ) . '"';
	}
	if ( 'exercise-card' === $tag ) {
		$entry    = exercise_elements_find( 'exercises', $clean['exercise'] ?? '' );
		$fallback = $entry ? exercise_elements_card_fallback( $entry, $clean, $lang, $level ) : '';
	} else {
		$entry    = exercise_elements_find( 'routines', $clean['routine'] ?? '' );
		$fallback = $entry ? exercise_elements_routine_fallback( $entry, $lang, $level ) : '';
	}
	exercise_elements_enqueue();
	return '<' . $tag . $attributes . '>' . $shadow . $fallback . '</' . $tag . '>';
}
