<?php
/**
 * A card's dose in words exactly as the element words it, for the dose line of a prerendered
 * card whose author overrides the dose (`sets`, `reps`, `hold`, `rest`, `duration`, `side`).
 *
 * A line-for-line port of the element's own code: parseDoseAttributes() and mergeDose()
 * (src/engine/parse-dose.ts) and formatDose() (src/i18n/format-dose.ts). Its words are not written
 * here: the messages, plural categories, units and number patterns come from the tables the plugin
 * build takes from the element's XLIFF files and from Intl (scripts/wp-dose-tables.mjs), and the
 * real-WordPress test checks the result against the renderer for every exercise, language and a
 * matrix of doses. Anything outside what the tables cover (numbers of 1000 or more, a value the
 * element would reject) gives null: the card then gets no prerendered root.
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * A dose attribute as the element reads it: a whole count (`10`, `8-12`, `max` for reps) or seconds
 * (`30`, `90s`, `5m`, `1.5 min`, `15-30`, `5-10m`).
 *
 * @param string $attribute 'sets', 'reps', 'hold', 'rest', 'duration' or 'side'.
 * @param string $text      The attribute's value.
 * @return int|array|string The dose field's value.
 * @throws DomainException When the element would reject it.
 */
function exercise_elements_parse_dose_attribute( $attribute, $text ) {
	$value = strtolower( trim( (string) $text ) );
	if ( 'side' === $attribute ) {
		if ( ! in_array( $value, array( 'both', 'each', 'alternate', 'left', 'right' ), true ) ) {
			throw new DomainException( 'not a side' );
		}
		return $value;
	}
	if ( 'sets' === $attribute || 'reps' === $attribute ) {
		if ( 'reps' === $attribute && 'max' === $value ) {
			return 'max';
		}
		return exercise_elements_parse_count( $value, 1, 'sets' === $attribute ? 50 : 1000 );
	}
	$units  = array(
		''        => 1,
		's'       => 1,
		'sec'     => 1,
		'secs'    => 1,
		'second'  => 1,
		'seconds' => 1,
		'm'       => 60,
		'min'     => 60,
		'mins'    => 60,
		'minute'  => 60,
		'minutes' => 60,
		'h'       => 3600,
		'hr'      => 3600,
		'hour'    => 3600,
		'hours'   => 3600,
	);
	$number = '(\d+(?:\.\d+)?|\.\d+)';
	if ( ! preg_match( '/^' . $number . '\s*([a-z]*)(?:\s*(?:-|–|to)\s*' . $number . '\s*([a-z]*))?$/u', $value, $m ) ) {
		throw new DomainException( 'not a time' );
	}
	$has_b  = isset( $m[3] ) && '' !== $m[3];
	$unit_b = $m[4] ?? '';
	$unit_a = ( '' === $m[2] && $has_b ) ? $unit_b : $m[2];
	if ( ! isset( $units[ $unit_a ], $units[ $unit_b ] ) ) {
		throw new DomainException( 'unknown unit' );
	}
	$min   = (int) round( (float) $m[1] * $units[ $unit_a ] );
	$max   = $has_b ? (int) round( (float) $m[3] * $units[ $unit_b ] ) : $min;
	$upper = array(
		'hold'     => 3600,
		'rest'     => 3600,
		'duration' => 4 * 3600,
	);
	return exercise_elements_amount( $min, $max, 0, $upper[ $attribute ] );
}

/**
 * A number or range checked against its bounds, as the element's checkRange() does.
 *
 * @param int $min   The first number.
 * @param int $max   The second (the first when there is one).
 * @param int $lower The lowest allowed.
 * @param int $upper The highest allowed.
 * @return int|array{min: int, max: int}
 * @throws DomainException When it is not a range within the bounds.
 */
function exercise_elements_amount( $min, $max, $lower, $upper ) {
	if ( $min > $max || $min < $lower || $max > $upper ) {
		throw new DomainException( 'out of range' );
	}
	return $min === $max ? $min : array(
		'min' => $min,
		'max' => $max,
	);
}

/**
 * A whole count or range (`10`, `8-12`) as the element's parseCount() reads it.
 *
 * @param string $text  The attribute's value.
 * @param int    $lower The lowest allowed.
 * @param int    $upper The highest allowed.
 * @return int|array{min: int, max: int}
 * @throws DomainException When the element would reject it.
 */
function exercise_elements_parse_count( $text, $lower, $upper ) {
	if ( ! preg_match( '/^(\d+)(?:\s*(?:-|–|to)\s*(\d+))?$/u', strtolower( trim( (string) $text ) ), $m ) ) {
		throw new DomainException( 'not a count' );
	}
	$min = (int) $m[1];
	return exercise_elements_amount( $min, isset( $m[2] ) ? (int) $m[2] : $min, $lower, $upper );
}

/**
 * The words of one language's dose: its messages and Intl patterns, as a set of small functions.
 *
 * @param array $t The language's dose tables.
 * @return array<string, callable>
 */
function exercise_elements_dose_speaker( $t ) {
	$fill     = static function ( $pattern, $values ) {
		if ( ! is_string( $pattern ) ) {
			throw new DomainException( 'no pattern' );
		}
		foreach ( array_values( $values ) as $i => $value ) {
			$at      = strpos( $pattern, '{' . $i . '}' );
			$pattern = false === $at ? $pattern : substr_replace( $pattern, (string) $value, $at, strlen( '{' . $i . '}' ) );
		}
		return $pattern;
	};
	$msg      = static function ( $id, $values = array() ) use ( $t, $fill ) {
		return $fill( $t['messages'][ $id ] ?? null, $values );
	};
	$number   = static function ( $n ) {
		if ( $n < 0 || $n > 999 ) {
			throw new DomainException( 'number outside the tables' );
		}
		return (string) $n;
	};
	$category = static function ( $n ) use ( $t, $number ) {
		return substr( (string) $t['plural'], (int) $number( $n ), 1 );
	};
	$range    = static function ( $a, $b ) use ( $t, $category ) {
		return $t['ranges'][ $category( $a ) . $category( $b ) ] ?? 'x';
	};
	$unit     = static function ( $n, $name ) use ( $t, $fill, $category, $number ) {
		return $fill( $t['units'][ $name ][ $category( $n ) ] ?? null, array( $number( $n ) ) );
	};
	$seconds  = static function ( $s ) use ( $t, $fill, $unit ) {
		$whole = (int) round( $s );
		if ( $whole < 60 ) {
			return $unit( $whole, 'second' );
		}
		if ( $whole < 3600 ) {
			$rest = $whole % 60;
			return 0 === $rest ? $unit( intdiv( $whole, 60 ), 'minute' ) : $fill( $t['list'], array( $unit( intdiv( $whole, 60 ), 'minute' ), $unit( $rest, 'second' ) ) );
		}
		$minutes = (int) round( ( $whole % 3600 ) / 60 );
		return 0 === $minutes ? $unit( intdiv( $whole, 3600 ), 'hour' ) : $fill( $t['list'], array( $unit( intdiv( $whole, 3600 ), 'hour' ), $unit( $minutes, 'minute' ) ) );
	};
	$time     = static function ( $amount ) use ( $t, $fill, $number, $range, $seconds ) {
		if ( ! is_array( $amount ) || $amount['min'] === $amount['max'] ) {
			return $seconds( is_array( $amount ) ? $amount['min'] : $amount );
		}
		list( $min, $max ) = array( $amount['min'], $amount['max'] );
		$minutes           = $min >= 60 && 0 === $min % 60 && 0 === $max % 60;
		list( $a, $b )     = $minutes ? array( intdiv( $min, 60 ), intdiv( $max, 60 ) ) : array( $min, $max );
		return $fill( $t['unitRanges'][ $minutes ? 'minute' : 'second' ][ $range( $a, $b ) ] ?? null, array( $number( $a ), $number( $b ) ) );
	};
	$counted  = static function ( $kind, $amount ) use ( $t, $msg, $fill, $number, $category, $range ) {
		$names = array(
			'z' => 'zero',
			'o' => 'one',
			't' => 'two',
			'f' => 'few',
			'm' => 'many',
			'x' => 'other',
		);
		$n     = is_array( $amount ) ? $fill( $t['numberRange'], array( $number( $amount['min'] ), $number( $amount['max'] ) ) ) : $number( $amount );
		$which = is_array( $amount ) ? $range( $amount['min'], $amount['max'] ) : $category( $amount );
		return $msg( 'plural.' . $kind . '.' . $names[ $which ], array( $n ) );
	};
	return compact( 'msg', 'number', 'time', 'seconds', 'counted' );
}

/**
 * The dose in words, as formatDose() writes it.
 *
 * @param array $dose The dose (dataset fields: sets, reps, holdSeconds, ..., suggested).
 * @param array $t    The language's dose tables.
 * @return string
 * @throws DomainException When the tables do not cover it.
 */
function exercise_elements_format_dose( $dose, $t ) {
	$say      = exercise_elements_dose_speaker( $t );
	$upper    = static function ( $a ) {
		return null === $a ? 0 : ( is_array( $a ) ? $a['max'] : $a );
	};
	$many     = static function ( $a ) {
		return null !== $a && 'max' !== $a && ( is_array( $a ) ? $a['max'] > 1 : $a > 1 );
	};
	$positive = static function ( $a ) {
		return null !== $a && 'max' !== $a && ( is_array( $a ) ? $a['max'] > 0 : $a > 0 );
	};
	$timed    = static function ( $d ) use ( $upper ) {
		return $upper( $d['holdSeconds'] ?? null ) >= 2;
	};
	$main     = static function ( $d ) use ( $say, $many, $positive, $timed ) {
		$sets = $many( $d['sets'] ?? null ) ? $say['counted']( 'sets', $d['sets'] ) : null;
		$reps = $d['reps'] ?? null;
		if ( $timed( $d ) ) {
			$hold   = $say['time']( $d['holdSeconds'] );
			$repeat = $many( $reps ) ? $say['counted']( 'times', $reps ) : null;
			$held   = null !== $repeat ? $say['msg']( 'dose.hold-repeat', array( $hold, $repeat ) ) : $say['msg']( 'dose.hold', array( $hold ) );
			return null !== $sets ? $say['msg']( 'dose.sets-then', array( $sets, $held ) ) : $held;
		}
		if ( 'max' === $reps ) {
			return null !== $sets ? $say['msg']( 'dose.sets-of-max', array( $sets ) ) : $say['msg']( 'dose.max' );
		}
		if ( null !== $reps ) {
			$counted = $say['counted']( 'reps', $reps );
			return null !== $sets ? $say['msg']( 'dose.sets-of-reps', array( $sets, $counted ) ) : $counted;
		}
		if ( $positive( $d['durationSeconds'] ?? null ) ) {
			$length = $say['time']( $d['durationSeconds'] );
			return null !== $sets ? $say['msg']( 'dose.sets-of-duration', array( $sets, $length ) ) : $length;
		}
		return $sets;
	};
	$clauses  = static function ( $d, $whole ) use ( $say, $main, $many, $positive, $timed ) {
		$parts = array();
		$first = $main( $d );
		if ( null !== $first && '' !== $first ) {
			$parts[] = $first;
		}
		if ( $positive( $d['holdSeconds'] ?? null ) && ! $timed( $d ) ) {
			$parts[] = $say['msg']( 'dose.hold-each', array( $say['time']( $d['holdSeconds'] ) ) );
		}
		if ( ! empty( $d['tempoSeconds'] ) ) {
			$parts[] = $say['msg']( 'dose.tempo', array( $say['seconds']( $d['tempoSeconds'] ) ) );
		}
		if ( $timed( $d ) && $positive( $d['durationSeconds'] ?? null ) ) {
			$parts[] = $say['time']( $d['durationSeconds'] );
		}
		$sides = array(
			'each'      => 'dose.side.each',
			'alternate' => 'dose.side.alternate',
			'left'      => 'dose.side.left',
			'right'     => 'dose.side.right',
		);
		if ( isset( $d['side'], $sides[ $d['side'] ] ) ) {
			$parts[] = $say['msg']( $sides[ $d['side'] ] );
		}
		// Rest is between sets (or between holds): with nothing to rest between, it is not mentioned.
		$repeated = $many( $whole['sets'] ?? null ) || ( $timed( $whole ) && $many( $whole['reps'] ?? null ) );
		if ( $positive( $d['restSeconds'] ?? null ) && $repeated ) {
			$parts[] = $say['msg']( 'dose.rest', array( $say['time']( $d['restSeconds'] ) ) );
		}
		return implode( $say['msg']( 'dose.separator' ), $parts );
	};
	$capital  = static function ( $text ) {
		return '' === $text ? '' : mb_strtoupper( mb_substr( $text, 0, 1 ) ) . mb_substr( $text, 1 );
	};
	$ours     = isset( $dose['suggested'] ) && is_array( $dose['suggested'] ) ? $dose['suggested'] : array();
	$part     = static function ( $suggested ) use ( $dose, $ours, $clauses ) {
		$fields = array_filter(
			$dose,
			static function ( $field ) use ( $ours, $suggested ) {
				return in_array( $field, $ours, true ) === $suggested;
			},
			ARRAY_FILTER_USE_KEY
		);
		return $clauses( $fields, $dose );
	};
	$stated    = $part( false );
	$suggested = $part( true );
	if ( '' === $suggested ) {
		return $capital( $stated );
	}
	$marked = $capital( $suggested );
	return '' !== $stated
		? $say['msg']( 'dose.stated-suggested', array( $capital( $stated ), $marked ) )
		: $say['msg']( 'dose.suggested', array( $marked ) );
}

/**
 * A dose with `$override`'s fields over `$base`'s, as mergeDose() makes it: a value the override
 * gives is no longer marked suggested, unless the override marks it so itself.
 *
 * @param array $base     A dose.
 * @param array $override Dose fields.
 * @return array
 */
function exercise_elements_merge_dose( $base, $override ) {
	$merged    = array_merge( $base, $override );
	$suggested = isset( $override['suggested'] ) ? (array) $override['suggested'] : array_values(
		array_filter(
			(array) ( $base['suggested'] ?? array() ),
			static function ( $field ) use ( $override ) {
				return ! array_key_exists( $field, $override );
			}
		)
	);
	unset( $merged['suggested'] );
	if ( $suggested ) {
		$merged['suggested'] = $suggested;
	}
	return $merged;
}

/**
 * A dose in words as the element words it, `$override` (dose fields, or with `$attributes` the
 * dose attributes as written) over `$base`; null when the tables do not cover it or the element
 * would reject a value.
 *
 * @param array $base       The exercise's dose in the dataset.
 * @param array $override   Dose fields, or attribute name => value.
 * @param mixed $t          The language's dose tables.
 * @param bool  $attributes Whether `$override` holds attributes (`sets`, `reps`, `hold`, ...).
 * @return string|null
 */
function exercise_elements_dose_words( $base, $override, $t, $attributes = true ) {
	if ( ! function_exists( 'mb_strtoupper' ) || ! is_array( $t ) || ! isset( $t['messages'], $t['plural'], $t['units'] ) ) {
		return null;
	}
	$fields = array(
		'sets'     => 'sets',
		'reps'     => 'reps',
		'hold'     => 'holdSeconds',
		'rest'     => 'restSeconds',
		'duration' => 'durationSeconds',
		'side'     => 'side',
	);
	try {
		$dose = array();
		foreach ( (array) $override as $name => $value ) {
			if ( $attributes ) {
				$dose[ $fields[ $name ] ] = exercise_elements_parse_dose_attribute( $name, $value );
			} else {
				$dose[ $name ] = $value;
			}
		}
		return exercise_elements_format_dose( exercise_elements_merge_dose( is_array( $base ) ? $base : array(), $dose ), $t );
	} catch ( DomainException $e ) {
		return null;
	}
}
