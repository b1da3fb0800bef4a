<?php
/**
 * A routine player's header for the plan its author sets (`rounds`, `rest-between`, `lead-in`), as
 * the element writes it before it starts: "Exercise 1 of 18 · Round 1 of 3 · About 28 min left",
 * which is also the progress bar's text, and the number of exercises, its maximum.
 *
 * A port of the element's own code: buildRoutineSteps() and secondsLeft()
 * (src/engine/routine-plan.ts) and renderHeader() (src/components/routine-player/routine-player.view.ts).
 * The routines' plans (each exercise's estimated seconds, each rest) and the words (messages,
 * units, plural forms) come from the plugin build (scripts/wp-prerender.mjs, wp-dose-tables.mjs),
 * and the real-WordPress test checks the result against the renderer for every routine and
 * language and a matrix of plans. A value the element would not take, or a header beyond the
 * tables, gives null: the player then gets no prerendered root.
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/** The plan attributes of a routine player. */
const EXERCISE_ELEMENTS_PLAN_ATTRIBUTES = array( 'rounds', 'rest-between', 'lead-in' );

/**
 * The header of a routine played with these attributes.
 *
 * @param array $plan  The routine's plan: rounds, restBetween, leadIn (without `lead-in`), items (['e', seconds] or ['r', seconds]).
 * @param array $clean The element's checked attributes.
 * @param array $t     The language's tables.
 * @return array{count: int, position: string, meta: string}|null
 */
function exercise_elements_routine_header( $plan, $clean, $t ) {
	$single = static function ( $amount ) {
		if ( is_array( $amount ) ) {
			throw new DomainException( 'one number only' );
		}
		return $amount;
	};
	try {
		$rounds  = isset( $clean['rounds'] ) ? $single( exercise_elements_parse_count( $clean['rounds'], 1, 50 ) ) : (int) $plan['rounds'];
		$between = isset( $clean['rest-between'] ) ? $single( exercise_elements_parse_dose_attribute( 'rest', $clean['rest-between'] ) ) : (int) $plan['restBetween'];
		$lead_in = isset( $clean['lead-in'] ) ? $single( exercise_elements_parse_count( $clean['lead-in'], 0, 60 ) ) : (int) $plan['leadIn'];
		$rounds  = max( 1, $rounds );

		// The steps: every item of every round, a rest between two exercises, none at the end.
		$steps = array();
		for ( $round = 1; $round <= $rounds; $round++ ) {
			foreach ( $plan['items'] as list( $kind, $seconds ) ) {
				if ( 'r' === $kind ) {
					if ( $seconds > 0 && $steps ) {
						$steps[] = array( 'r', (int) round( $seconds ) );
					}
					continue;
				}
				if ( $steps && 'e' === $steps[ count( $steps ) - 1 ][0] && $between > 0 ) {
					$steps[] = array( 'r', $between );
				}
				$steps[] = array( 'e', (int) $seconds + $lead_in );
			}
		}
		while ( $steps && 'r' === $steps[ count( $steps ) - 1 ][0] ) {
			array_pop( $steps );
		}
		$count = 0;
		$left  = 0;
		foreach ( $steps as list( $kind, $seconds ) ) {
			$count += 'e' === $kind ? 1 : 0;
			$left  += $seconds;
		}
		if ( 0 === $count ) {
			return null;
		}

		$say      = exercise_elements_dose_speaker( $t );
		$position = $say['msg']( 'player.exercise-of', array( $say['number']( 1 ), $say['number']( $count ) ) );
		$details  = array( $position );
		if ( $rounds > 1 ) {
			$details[] = $say['msg']( 'player.round-of', array( $say['number']( 1 ), $say['number']( $rounds ) ) );
		}
		$details[] = $say['msg']( 'player.time-left', array( $say['seconds']( $left < 60 ? $left : round( $left / 60 ) * 60 ) ) );
		return array(
			'count'    => $count,
			'position' => $position,
			'meta'     => implode( ' · ', $details ),
		);
	} catch ( DomainException $e ) {
		return null;
	}
}

/**
 * The player's markup with its header made the header of the author's plan (and, with the
 * author's own rest between exercises, without the routine's suggested one).
 *
 * @param string $markup The prerendered player (the routine's own plan).
 * @param array  $plan   The routine's plan.
 * @param array  $clean  The element's checked attributes.
 * @param mixed  $t      The language's tables.
 * @return string|null Null when the header cannot be written here.
 */
function exercise_elements_with_plan( $markup, $plan, $clean, $t ) {
	if ( ! is_array( $plan ) || ! isset( $plan['items'], $plan['rounds'], $plan['restBetween'], $plan['leadIn'] ) || ! is_array( $t ) || ! isset( $t['messages'], $t['plural'], $t['units'] ) ) {
		return null;
	}
	$header = exercise_elements_routine_header( $plan, $clean, $t );
	if ( null === $header ) {
		return null;
	}
	$meta     = exercise_elements_escape_text( $header['meta'] );
	$position = exercise_elements_escape_text( $header['position'] );
	$markup   = preg_replace_callback(
		'#<p part="progress-text" class="meta">[^<]*</p>#',
		static function () use ( $meta ) {
			return '<p part="progress-text" class="meta">' . $meta . '</p>';
		},
		$markup,
		-1,
		$metas
	);
	$markup   = preg_replace_callback(
		'#(role="progressbar"[^>]*? aria-valuemax=")\d+("\s+aria-valuenow="0" aria-valuetext=")[^"]*(")#',
		static function ( $m ) use ( $header, $position ) {
			return $m[1] . $header['count'] . $m[2] . $position . $m[3];
		},
		(string) $markup,
		-1,
		$bars
	);
	// The author's own rest between exercises replaces the routine's suggested one, which the player then does not say.
	if ( isset( $clean['rest-between'] ) ) {
		$markup = preg_replace( '#<p part="suggested-rest" class="suggested-rest">[^<]*</p>\n#', '', (string) $markup, 1 );
	}
	return 1 === $metas && 1 === $bars && is_string( $markup ) ? $markup : null;
}
