<?php
/*
 * Must-use plugin for the tests only: applies the theme's style variation named by the option
 * exercise_elements_test_style_variation as the site's user styles (what the Site Editor saves).
 */
add_filter('wp_theme_json_data_user', static function ($theme_json) {
  $name = get_option('exercise_elements_test_style_variation', 'default');
  $file = get_stylesheet_directory() . "/styles/$name.json";
  if ($name === 'default' || !preg_match('/^[a-z-]+$/', $name) || !is_file($file)) return $theme_json;
  $variation = json_decode(file_get_contents($file), true);
  return $theme_json->update_with(['version' => 2] + array_intersect_key($variation, ['settings' => 1, 'styles' => 1]));
});
