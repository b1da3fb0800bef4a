<?php
/**
 * Fits the theme: `--ee-*` custom properties from the theme's theme.json (link colour, background,
 * heading weight) as zero-specificity defaults, so any rule the site writes for `--ee-*` on the elements
 * wins. Values are the presets' own CSS variables, so a dark style variation, which redefines the
 * presets, carries through. Also gives the elements the same outer spacing before and after they render,
 * and tells the prerendered elements with theme "auto" whether the page is dark.
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
 * A colour of the theme's palette, from a theme.json value naming a preset ('var:preset|color|base',
 * 'var(--wp--preset--color--base)') or a colour itself. The site's palette (a style variation)
 * overrides the theme's, which overrides WordPress's default one, as their CSS variables do.
 *
 * @param mixed $value A theme.json colour value.
 * @return string '' when it names no preset of the palette.
 */
function exercise_elements_palette_color( $value ) {
	$css = exercise_elements_css_color( $value );
	if ( ! preg_match( '/^var\(--wp--preset--color--([a-z0-9-]+)\)$/', $css, $m ) ) {
		return $css;
	}
	$palette = wp_get_global_settings( array( 'color', 'palette' ) );
	foreach ( array( 'custom', 'theme', 'default' ) as $origin ) {
		foreach ( (array) ( $palette[ $origin ] ?? array() ) as $entry ) {
			if ( isset( $entry['slug'], $entry['color'] ) && _wp_to_kebab_case( $entry['slug'] ) === $m[1] ) {
				return exercise_elements_css_color( $entry['color'] );
			}
		}
	}
	return '';
}

/**
 * The relative luminance of a colour, computed as the element computes it (its red, green and
 * blue; alpha ignored), or null for what is not a hex, rgb() or rgba() colour.
 *
 * @param string $color A CSS colour.
 * @return float|null
 */
function exercise_elements_luminance( $color ) {
	if ( preg_match( '/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i', $color, $m ) ) {
		$hex = strlen( $m[1] ) <= 4 ? preg_replace( '/(.)/', '$1$1', $m[1] ) : $m[1];
		$rgb = array( hexdec( substr( $hex, 0, 2 ) ), hexdec( substr( $hex, 2, 2 ) ), hexdec( substr( $hex, 4, 2 ) ) );
	} elseif ( preg_match( '/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i', $color, $m ) ) {
		$rgb = array( (float) $m[1], (float) $m[2], (float) $m[3] );
	} else {
		return null;
	}
	$linear = array_map(
		static function ( $c ) {
			$v = $c / 255;
			return $v <= 0.03928 ? $v / 12.92 : pow( ( $v + 0.055 ) / 1.055, 2.4 );
		},
		$rgb
	);
	return 0.2126 * $linear[0] + 0.7152 * $linear[1] + 0.0722 * $linear[2];
}

/**
 * Whether the page is dark as an element with theme "auto" will judge it once its script runs:
 * light body text (luminance over 0.5) means a dark page (src/internal/color-scheme.ts). The body's
 * text colour is known here when the theme styles it through theme.json (a block theme, or a dark
 * style variation of one); otherwise the page is taken as light, as the server renderer does, and
 * an element on a dark page turns dark when it upgrades.
 *
 * @return bool
 */
function exercise_elements_page_is_dark() {
	static $dark = null;
	if ( null === $dark ) {
		$themed = function_exists( 'wp_theme_has_theme_json' ) ? wp_theme_has_theme_json() : WP_Theme_JSON_Resolver::theme_has_support();
		$value  = $themed ? exercise_elements_luminance( exercise_elements_palette_color( wp_get_global_styles( array( 'color', 'text' ) ) ) ) : null;
		/**
		 * Filters whether elements with theme "auto" are painted dark before their script runs:
		 * return what the page's body text colour says when the theme sets it outside theme.json.
		 *
		 * @param bool $dark Whether the theme.json text colour is light.
		 */
		$dark = (bool) apply_filters( 'exercise_elements_page_is_dark', null !== $value && $value > 0.5 );
	}
	return $dark;
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
