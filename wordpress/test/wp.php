<?php
/*
 * Small WordPress chores for the tests, through WordPress's own functions.
 *
 *   php wp.php activate|deactivate      the exercise-elements plugin
 *   php wp.php clean                   deletes every post the check-* users saved (earlier runs' posts)
 *   php wp.php post ROLE FILE [STATUS]  saves FILE as the whole post content, as user check-ROLE (kses included),
 *                                      published unless STATUS (a Contributor's: "pending", submitted for review)
 *   php wp.php publish ID              an Editor publishes post ID as it stands (REST, status only, as the
 *                                      block editor's Publish button does for a post submitted for review)
 *   php wp.php block ROLE NAME ATTRS-JSON   the block's stored form, its fallback from the block renderer
 *   php wp.php style-variation NAME|default   the theme's style variation as the site's styles
 *   php wp.php uninstall               runs uninstall.php; prints "gone" when the option is removed
 *   php wp.php option NAME VALUE-JSON   update_option
 *   php wp.php render CASES-JSON-FILE  exercise_elements_render() for each [tag, attributes] case:
 *                                      a JSON list of { md5 } (of the output's <template> element)
 *                                      or { template } when that is under 200 characters (or none)
 *
 * stdout (post, publish): "id=N url=URL …", then the stored content (post also prints preview=URL,
 * the preview link its author opens while it awaits review).
 */
[$self, $command] = $argv + [null, null];
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$file = 'exercise-elements/exercise-elements.php';
switch ($command) {
  case 'activate':
    $result = activate_plugin($file);
    if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message() . "\n"); exit(1); }
    echo "active\n";
    break;
  case 'deactivate':
    deactivate_plugins($file);
    echo "inactive\n";
    break;
  case 'post':
    [, , $role, $path, $status] = $argv + [4 => 'publish'];
    $user = get_user_by('login', "check-$role") or exit("no user check-$role\n");
    wp_set_current_user($user->ID);   // kses on for roles without unfiltered_html
    if ('publish' === $status && !current_user_can('publish_posts')) { fwrite(STDERR, "check-$role cannot publish: save it pending\n"); exit(1); }
    $id = wp_insert_post(wp_slash([
      'post_title' => basename($path, '.html') . " ($role)",
      'post_content' => rtrim(file_get_contents($path)),
      'post_status' => $status,
      'post_author' => $user->ID,
    ]), true);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
    printf("id=%d url=%s preview=%s unfiltered_html=%s\n", $id, get_permalink($id), get_preview_post_link($id), current_user_can('unfiltered_html') ? 'yes' : 'no');
    echo get_post_field('post_content', $id, 'raw'), "\n";
    break;
  case 'clean':
    // Each run starts from a site without the posts earlier runs saved: every post by a check-* user goes.
    $removed = 0;
    foreach (get_users(['search' => 'check-*', 'search_columns' => ['user_login']]) as $user) {
      foreach (get_posts(['author' => $user->ID, 'post_status' => 'any', 'post_type' => 'any', 'numberposts' => -1]) as $post) {
        if (wp_delete_post($post->ID, true)) $removed++;
      }
    }
    echo "removed $removed posts\n";
    break;
  case 'publish':
    // wp_publish_post() alone would leave a post submitted for review without a slug (WordPress
    // gives pending posts none), so its permalink would be the home page: publish it as the
    // editor's Publish button does, a REST update that sends the status and nothing else.
    $id = (int) $argv[2];
    $editor = get_user_by('login', 'check-editor') or exit("no user check-editor\n");
    wp_set_current_user($editor->ID);
    $request = new WP_REST_Request('POST', "/wp/v2/posts/$id");
    $request->set_body_params(['status' => 'publish']);
    $response = rest_do_request($request);
    if ($response->is_error()) { fwrite(STDERR, json_encode($response->get_data()) . "\n"); exit(1); }
    clean_post_cache($id);
    printf("id=%d url=%s status=%s\n", $id, get_permalink($id), get_post_status($id));
    echo get_post_field('post_content', $id, 'raw'), "\n";
    break;
  case 'block':
    // The block as the editor stores it: its attributes, and the markup the editor fetches from
    // the block renderer (REST, as that user) as its stored fallback.
    [, , $role, $name, $json] = $argv;
    $user = get_user_by('login', "check-$role") or exit("no user check-$role\n");
    wp_set_current_user($user->ID);
    $attributes = json_decode($json, true);
    $request = new WP_REST_Request('POST', "/wp/v2/block-renderer/$name");
    $request->set_query_params(['context' => 'edit']);
    $request->set_body_params(['attributes' => $attributes]);
    $response = rest_do_request($request);
    if ($response->is_error()) { fwrite(STDERR, json_encode($response->get_data()) . "\n"); exit(1); }
    echo "<!-- wp:$name " . wp_json_encode($attributes, JSON_UNESCAPED_UNICODE) . " -->\n" . $response->get_data()['rendered'] . "\n<!-- /wp:$name -->\n";
    break;
  case 'style-variation':
    // The theme's style variation NAME (or "default"), applied by test-style-variation.php
    // (a must-use plugin run.sh installs) as if chosen in the Site Editor.
    update_option('exercise_elements_test_style_variation', $argv[2]);
    delete_transient('global_styles_' . get_stylesheet());   // WordPress caches the stylesheet a minute
    delete_transient('global_styles_svg_filters_' . get_stylesheet());
    echo "{$argv[2]}\n";
    break;
  case 'uninstall':
    // What WordPress runs when the plugin is deleted (without deleting its files): uninstall.php.
    update_option('exercise_elements_settings', ['source' => 'cdn']);
    define('WP_UNINSTALL_PLUGIN', $file);
    include WP_PLUGIN_DIR . '/exercise-elements/uninstall.php';
    wp_cache_flush();
    echo get_option('exercise_elements_settings', 'gone') === 'gone' ? "gone\n" : "left behind\n";
    break;
  case 'option':
    update_option($argv[2], json_decode($argv[3], true));
    echo "ok\n";
    break;
  case 'render':
    $out = [];
    foreach (json_decode(file_get_contents($argv[2]), true) as [$tag, $atts]) {
      $html = exercise_elements_render($tag, $atts);
      $start = strpos($html, '<template');
      $end = strpos($html, '</template>');
      $template = false === $start || false === $end ? '' : substr($html, $start, $end + strlen('</template>') - $start);
      $out[] = strlen($template) > 200 ? ['md5' => md5($template)] : ['template' => $template];
    }
    echo json_encode($out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
    break;
  default:
    fwrite(STDERR, "usage: php $self activate|deactivate|post ROLE FILE [STATUS]|publish ID|option NAME JSON\n");
    exit(2);
}
