<?php
/**
 * Fits the theme: `--ee-*` custom properties from the theme's theme.json (link colour, background,
 * heading weight) as zero-specificity defaults, so any rule the site writes for `--ee-*` on the elements
 * wins. Values are the presets' own CSS variables, so a dark style variation, which redefines the
 * presets, carries through. Also gives the elements the same outer spacing before and after they render.
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * A theme.json colour value as CSS, or '' when it is not one we can pass on safely.
 *
 * @param mixed $value 'var:preset|color|primary', 'var(--wp--preset--color--primary)', '#9dff20'.
 * @return string
 */
function exercise_elements_css_color( $value ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	if ( preg_match( '/^var:preset\|color\|([a-z0-9-]+)$/i', $value, $m ) ) {
		return 'var(--wp--preset--color--' . strtolower( $m[1] ) . ')';
	}
	if ( preg_match( '/^(var\(--wp--[a-z0-9-]+\)|#[0-9a-f]{3,8}|(?:rgb|rgba|hsl|hsla)\([0-9.,%\s]+\))$/i', $value ) ) {
		return $value;
	}
	return '';
}

/**
 * The `--ee-*` properties the theme suggests.
 *
 * @return array<string, string>
 */
function exercise_elements_theme_properties() {
	$props = array();
	// The accent also colours text (the dose, step numbers, links): take the colour the theme
	// gives links, which it made readable on its background, before its button colour.
	$accent    = exercise_elements_css_color( wp_get_global_styles( array( 'elements', 'link', 'color', 'text' ) ) );
	$on_accent = exercise_elements_css_color( wp_get_global_styles( array( 'color', 'background' ) ) );
	if ( '' === $accent ) {
		$accent    = exercise_elements_css_color( wp_get_global_styles( array( 'elements', 'button', 'color', 'background' ) ) );
		$on_accent = exercise_elements_css_color( wp_get_global_styles( array( 'elements', 'button', 'color', 'text' ) ) );
	}
	if ( '' !== $accent ) {
		$props['--ee-accent'] = $accent;
		if ( '' !== $on_accent ) {
			$props['--ee-on-accent'] = $on_accent;
		}
	}
	$weight = wp_get_global_styles( array( 'elements', 'heading', 'typography', 'fontWeight' ) );
	if ( is_scalar( $weight ) && preg_match( '/^(?:[1-9]00|normal|bold|lighter|bolder)$/', (string) $weight ) ) {
		$props['--ee-heading-weight'] = (string) $weight;
	}
	return $props;
}

/**
 * The inline style enqueued with the library.
 *
 * @return string
 */
function exercise_elements_inline_css() {
	$declarations = '';
	foreach ( exercise_elements_theme_properties() as $name => $value ) {
		$declarations .= $name . ':' . $value . ';';
	}
	$css = '' !== $declarations ? ':where(exercise-card,routine-player,rep-timer){' . $declarations . '}' : '';
	// The same outer spacing before and after the element runs: no frame the card would then drop.
	$css .= ':where(exercise-card,routine-player){display:block;margin-block:1.5rem}'
		. ':where(exercise-card,routine-player)>:first-child{margin-top:0}';
	return $css;
}
