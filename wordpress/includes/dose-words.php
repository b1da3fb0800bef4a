<?php
/**
 * The dose in words (and the few other words of the fallback), in the content's language.
 *
 * The element words the dose itself once it runs (through Intl and its own translations); this is
 * the short form readers see before that, without JavaScript and in feeds. The words are content
 * text in the element's language (not the site's), so they live here per language rather than in
 * the plugin's text domain.
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Dose words per shipped language.
 *
 * @return array<string, array<string, string>>
 */
function exercise_elements_dose_phrases() {
	return array(
		'en' => array( 'reps' => '%s reps', 'max' => 'as many reps as you can', 'hold' => 'hold %s', 'rest' => 'rest %s', 'each' => 'each side', 'alternate' => 'alternating sides', 'left' => 'left side', 'right' => 'right side', 'sec' => '%s s', 'min' => '%s min', 'steps' => 'Steps' ),
		'es' => array( 'reps' => '%s repeticiones', 'max' => 'tantas repeticiones como pueda', 'hold' => 'mantener %s', 'rest' => 'descanso %s', 'each' => 'cada lado', 'alternate' => 'alternando los lados', 'left' => 'lado izquierdo', 'right' => 'lado derecho', 'sec' => '%s s', 'min' => '%s min', 'steps' => 'Pasos' ),
		'fr' => array( 'reps' => '%s répétitions', 'max' => 'autant de répétitions que possible', 'hold' => 'tenir %s', 'rest' => 'repos %s', 'each' => 'de chaque côté', 'alternate' => 'en alternant les côtés', 'left' => 'côté gauche', 'right' => 'côté droit', 'sec' => '%s s', 'min' => '%s min', 'steps' => 'Étapes' ),
		'de' => array( 'reps' => '%s Wiederholungen', 'max' => 'so viele Wiederholungen wie möglich', 'hold' => '%s halten', 'rest' => '%s Pause', 'each' => 'pro Seite', 'alternate' => 'Seiten abwechselnd', 'left' => 'linke Seite', 'right' => 'rechte Seite', 'sec' => '%s s', 'min' => '%s min', 'steps' => 'Schritte' ),
		'pt' => array( 'reps' => '%s repetições', 'max' => 'o máximo de repetições que conseguir', 'hold' => 'manter %s', 'rest' => 'descanso %s', 'each' => 'cada lado', 'alternate' => 'alternando os lados', 'left' => 'lado esquerdo', 'right' => 'lado direito', 'sec' => '%s s', 'min' => '%s min', 'steps' => 'Passos' ),
		'ar' => array( 'reps' => '%s تكرارات', 'max' => 'أكبر عدد ممكن من التكرارات', 'hold' => 'ثبات %s', 'rest' => 'راحة %s', 'each' => 'لكل جانب', 'alternate' => 'بالتناوب بين الجانبين', 'left' => 'الجانب الأيسر', 'right' => 'الجانب الأيمن', 'sec' => '%s ث', 'min' => '%s د', 'steps' => 'الخطوات' ),
	);
}

/**
 * A dose attribute ("8-12", "30", "90s", "5m", "5-10m", "max") as the dataset's value.
 *
 * @param string $value   The attribute value.
 * @param bool   $seconds Whether a trailing "m"/"s" unit is allowed (durations).
 * @return int|array{min: int, max: int}|string|null Null when the value is not a dose.
 */
function exercise_elements_parse_dose_value( $value, $seconds = false ) {
	$value = strtolower( trim( (string) $value ) );
	if ( 'max' === $value ) {
		return 'max';
	}
	$unit = $seconds ? '(s|m)?' : '()';
	if ( ! preg_match( '/^(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?\s*' . $unit . '$/u', $value, $m ) ) {
		return null;
	}
	$factor = ( isset( $m[3] ) && 'm' === $m[3] ) ? 60 : 1;
	$min    = (int) $m[1] * $factor;
	$max    = isset( $m[2] ) && '' !== $m[2] ? (int) $m[2] * $factor : $min;
	return $min === $max ? $min : array(
		'min' => min( $min, $max ),
		'max' => max( $min, $max ),
	);
}

/**
 * A dose number or range as text ("8–12").
 *
 * @param int|array $value The value.
 * @param callable  $unit  Formats one number.
 * @return string
 */
function exercise_elements_range_text( $value, $unit ) {
	if ( is_array( $value ) ) {
		return call_user_func( $unit, (int) ( $value['min'] ?? 0 ) ) . '–' . call_user_func( $unit, (int) ( $value['max'] ?? 0 ) );
	}
	return call_user_func( $unit, (int) $value );
}

/**
 * Seconds as "30 s" or "5 min", in the language's units; a range keeps one unit.
 *
 * @param int|array $value Seconds, or a range of seconds.
 * @param array     $words The language's phrases.
 * @return string
 */
function exercise_elements_seconds_text( $value, $words ) {
	$all_minutes = is_array( $value )
		? ( 0 === (int) $value['min'] % 60 && 0 === (int) $value['max'] % 60 && (int) $value['min'] >= 60 )
		: ( 0 === (int) $value % 60 && (int) $value >= 60 );
	$number      = static function ( $n ) use ( $all_minutes ) {
		return (string) ( $all_minutes ? intdiv( $n, 60 ) : $n );
	};
	return sprintf( $all_minutes ? $words['min'] : $words['sec'], exercise_elements_range_text( $value, $number ) );
}

/**
 * The dose in words: "2 × 8–12 reps, rest 40 s, each side".
 *
 * @param array  $dose      The dataset dose (may be empty).
 * @param array  $overrides Attribute overrides: sets, reps, hold, rest, duration, side (strings).
 * @param string $lang      A shipped language.
 * @return string '' when there is no dose.
 */
function exercise_elements_dose_text( $dose, $overrides, $lang ) {
	$all   = exercise_elements_dose_phrases();
	$words = $all[ $lang ] ?? $all['en'];
	$dose  = is_array( $dose ) ? $dose : array();
	$map   = array(
		'sets'     => array( 'sets', false ),
		'reps'     => array( 'reps', false ),
		'hold'     => array( 'holdSeconds', true ),
		'rest'     => array( 'restSeconds', true ),
		'duration' => array( 'durationSeconds', true ),
	);
	foreach ( $map as $attribute => list( $field, $seconds ) ) {
		if ( isset( $overrides[ $attribute ] ) && '' !== $overrides[ $attribute ] ) {
			$parsed = exercise_elements_parse_dose_value( $overrides[ $attribute ], $seconds );
			if ( null !== $parsed ) {
				$dose[ $field ] = $parsed;
			}
		}
	}
	if ( ! empty( $overrides['side'] ) && in_array( $overrides['side'], array( 'both', 'each', 'alternate', 'left', 'right' ), true ) ) {
		$dose['side'] = $overrides['side'];
	}
	$plain = static function ( $n ) {
		return (string) $n;
	};
	$parts = array();
	$reps  = $dose['reps'] ?? null;
	if ( 'max' === $reps ) {
		$parts[] = $words['max'];
	} elseif ( ! empty( $reps ) ) {
		$parts[] = sprintf( $words['reps'], exercise_elements_range_text( $reps, $plain ) );
	}
	if ( ! empty( $dose['durationSeconds'] ) ) {
		$parts[] = exercise_elements_seconds_text( $dose['durationSeconds'], $words );
	}
	if ( ! empty( $dose['holdSeconds'] ) ) {
		$parts[] = sprintf( $words['hold'], exercise_elements_seconds_text( $dose['holdSeconds'], $words ) );
	}
	$sets = $dose['sets'] ?? null;
	if ( ! empty( $sets ) && 1 !== $sets && $parts ) {
		$parts[0] = exercise_elements_range_text( $sets, $plain ) . ' × ' . $parts[0];
	}
	if ( ! empty( $dose['restSeconds'] ) ) {
		$parts[] = sprintf( $words['rest'], exercise_elements_seconds_text( $dose['restSeconds'], $words ) );
	}
	$side = $dose['side'] ?? 'both';
	if ( isset( $words[ $side ] ) ) {
		$parts[] = $words[ $side ];
	}
	return implode( ', ', $parts );
}
