<?php
/**
 * Settings > Exercise elements: where the library is served from.
 *
 * @package ExerciseElements
 */

defined( 'ABSPATH' ) || exit;

const EXERCISE_ELEMENTS_OPTION = 'exercise_elements_settings';

/**
 * One setting, with its default.
 *
 * @param string $name 'source'.
 * @return string
 */
function exercise_elements_setting( $name ) {
	$defaults = array( 'source' => 'plugin' );
	$settings = get_option( EXERCISE_ELEMENTS_OPTION, array() );
	$settings = is_array( $settings ) ? $settings + $defaults : $defaults;
	return (string) ( $settings[ $name ] ?? '' );
}

add_action(
	'admin_init',
	static function () {
		register_setting(
			'exercise_elements',
			EXERCISE_ELEMENTS_OPTION,
			array(
				'type'              => 'object',
				'default'           => array( 'source' => 'plugin' ),
				'sanitize_callback' => static function ( $value ) {
					$source = is_array( $value ) && isset( $value['source'] ) && 'cdn' === $value['source'] ? 'cdn' : 'plugin';
					return array( 'source' => $source );
				},
			)
		);
		add_settings_section( 'exercise_elements_main', '', '__return_false', 'exercise_elements' );
		add_settings_field(
			'exercise_elements_source',
			__( 'Serve the library from', 'exercise-elements' ),
			static function () {
				$source  = exercise_elements_setting( 'source' );
				$choices = array(
					'plugin' => __( 'This site (the plugin’s own folder: no request leaves the site)', 'exercise-elements' ),
					'cdn'    => __( 'The jsDelivr CDN (readers’ browsers contact cdn.jsdelivr.net)', 'exercise-elements' ),
				);
				echo '<fieldset>';
				foreach ( $choices as $value => $label ) {
					printf(
						'<label><input type="radio" name="%1$s[source]" value="%2$s"%3$s> %4$s</label><br>',
						esc_attr( EXERCISE_ELEMENTS_OPTION ),
						esc_attr( $value ),
						checked( $source, $value, false ),
						esc_html( $label )
					);
				}
				echo '</fieldset>';
			},
			'exercise_elements',
			'exercise_elements_main'
		);
	}
);

add_action(
	'admin_menu',
	static function () {
		add_options_page(
			__( 'Exercise elements', 'exercise-elements' ),
			__( 'Exercise elements', 'exercise-elements' ),
			'manage_options',
			'exercise-elements',
			static function () {
				echo '<div class="wrap"><h1>' . esc_html__( 'Exercise elements', 'exercise-elements' ) . '</h1><form action="options.php" method="post">';
				settings_fields( 'exercise_elements' );
				do_settings_sections( 'exercise_elements' );
				submit_button();
				echo '</form></div>';
			}
		);
	}
);
