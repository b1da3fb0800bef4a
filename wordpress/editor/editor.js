/**
 * Blocks "Exercise card" and "Routine player" in the block editor: plain JavaScript over the
 * editor's own globals (no build step). The preview is the element itself, loaded from the
 * plugin's copy of the library; the published markup comes from PHP (render_callback), and the block also stores
 * that markup (fetched from the block renderer) so that posts stay readable without the plugin.
 */
( function ( wp, config ) {
	'use strict';
	const el = wp.element.createElement;
	const { __ } = wp.i18n;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, ComboboxControl, SelectControl, TextControl, ToggleControl, Placeholder } = wp.components;
	const { useEffect, useState, Fragment } = wp.element;

	let datasetPromise = null;
	/** The shipped dataset, fetched once per editor session. */
	function loadDataset() {
		if ( ! datasetPromise ) {
			datasetPromise = window.fetch( config.datasetUrl ).then( ( r ) => r.json() );
		}
		return datasetPromise;
	}

	function useDataset() {
		const [ dataset, setDataset ] = useState( null );
		useEffect( () => {
			let live = true;
			loadDataset().then( ( d ) => live && setDataset( d ), () => live && setDataset( { exercises: [], routines: [] } ) );
			return () => {
				live = false;
			};
		}, [] );
		return dataset;
	}

	/**
	 * Keeps the stored fallback (the element as the server renders it) in step with the settings,
	 * so that the post stays readable, without the plugin too.
	 */
	function useServerFallback( name, attributes, setAttributes ) {
		const settings = Object.assign( {}, attributes );
		delete settings.fallback;
		const key = JSON.stringify( settings );
		useEffect( () => {
			let live = true;
			const timer = window.setTimeout( () => {
				wp.apiFetch( {
					path: '/wp/v2/block-renderer/' + name + '?context=edit',
					method: 'POST',
					data: { attributes: settings },
				} ).then(
					( response ) => {
						if ( live && response && typeof response.rendered === 'string' && response.rendered !== attributes.fallback ) {
							setAttributes( { fallback: response.rendered } );
						}
					},
					() => {}
				);
			}, 400 );
			return () => {
				live = false;
				window.clearTimeout( timer );
			};
		}, [ key ] );
	}

	function save( { attributes } ) {
		return el( wp.element.RawHTML, null, attributes.fallback || '' );
	}

	function fold( text ) {
		return String( text ).normalize( 'NFD' ).replace( /[\u0300-\u036f]/g, '' ).toLowerCase();
	}

	function nameIn( entry, lang ) {
		const names = entry.name || {};
		return names[ lang ] || names.en || entry.id;
	}

	/** Options for entries whose name, in any shipped language, or id contains the search. */
	function searchOptions( entries, search, lang ) {
		const query = fold( search.trim() );
		return entries
			.map( ( entry ) => {
				const label = nameIn( entry, lang );
				if ( ! query ) return { value: entry.id, label };
				const hit = Object.values( entry.name || {} ).concat( entry.id ).find( ( n ) => fold( n ).includes( query ) );
				if ( ! hit ) return null;
				return { value: entry.id, label: fold( label ).includes( query ) || hit === entry.id ? label : label + ' (' + hit + ')' };
			} )
			.filter( Boolean );
	}

	function editorLanguage() {
		const tag = ( document.documentElement.lang || 'en' ).slice( 0, 2 ).toLowerCase();
		return config.languages.indexOf( tag ) >= 0 ? tag : 'en';
	}

	function Picker( props ) {
		const { entries, value, onChange, label, lang } = props;
		const [ search, setSearch ] = useState( '' );
		let options = searchOptions( entries, search, lang );
		const current = entries.find( ( e ) => e.id === value );
		if ( current && ! options.some( ( o ) => o.value === value ) ) {
			options = [ { value, label: nameIn( current, lang ) } ].concat( options );
		}
		return el( ComboboxControl, {
			label,
			value: value || null,
			options,
			onChange: ( next ) => onChange( next || '' ),
			onFilterValueChange: setSearch,
			help: __( 'Type a name in any language.', 'exercise-elements' ),
		} );
	}

	function languageControl( attributes, setAttributes ) {
		const names = { en: 'English', es: 'Español', fr: 'Français', de: 'Deutsch', pt: 'Português', ar: 'العربية' };
		return el( SelectControl, {
			label: __( 'Language', 'exercise-elements' ),
			value: attributes.lang,
			options: [ { value: '', label: __( 'The page’s language', 'exercise-elements' ) } ].concat(
				config.languages.map( ( l ) => ( { value: l, label: names[ l ] || l } ) )
			),
			onChange: ( lang ) => setAttributes( { lang } ),
		} );
	}

	function themeControl( attributes, setAttributes ) {
		return el( SelectControl, {
			label: __( 'Colour scheme', 'exercise-elements' ),
			value: attributes.theme,
			options: [
				{ value: '', label: __( 'Follow the page', 'exercise-elements' ) },
				{ value: 'light', label: __( 'Light', 'exercise-elements' ) },
				{ value: 'dark', label: __( 'Dark', 'exercise-elements' ) },
			],
			onChange: ( theme ) => setAttributes( { theme } ),
		} );
	}

	function textControl( attributes, setAttributes, name, label, help ) {
		return el( TextControl, {
			key: name,
			label,
			help,
			value: attributes[ name ],
			onChange: ( value ) => setAttributes( { [ name ]: value } ),
		} );
	}

	function toggle( attributes, setAttributes, name, label ) {
		return el( ToggleControl, {
			key: name,
			label,
			checked: !! attributes[ name ],
			onChange: ( value ) => setAttributes( { [ name ]: value } ),
		} );
	}

	/** Block attributes as the element's attributes: kebab-case, empty and false left out. */
	function elementProps( attributes ) {
		const props = {};
		Object.keys( attributes ).forEach( ( name ) => {
			const value = attributes[ name ];
			if ( name === 'fallback' || value === '' || value === false || value === null || value === undefined ) return;
			props[ name.replace( /([a-z])([A-Z])/g, '$1-$2' ).toLowerCase() ] = value === true ? '' : value;
		} );
		return props;
	}

	/** A block's first settings: its exercise or routine (searched by name), its language and theme. */
	function choiceControls( entries, idName, label, loadingText, attributes, setAttributes ) {
		const picker = entries
			? el( Picker, {
					entries,
					value: attributes[ idName ],
					lang: attributes.lang || editorLanguage(),
					label,
					onChange: ( id ) => setAttributes( { [ idName ]: id } ),
			  } )
			: loadingText;
		return [ picker, languageControl( attributes, setAttributes ), themeControl( attributes, setAttributes ) ];
	}

	function preview( tag, attributes, idName, emptyText ) {
		if ( ! attributes[ idName ] ) {
			return el( Placeholder, { label: emptyText, instructions: __( 'Choose one in the block’s settings, in the sidebar.', 'exercise-elements' ) } );
		}
		// A new key per id: the element starts afresh instead of patching a half-loaded one.
		return el( tag, Object.assign( { key: attributes[ idName ] + attributes.lang }, elementProps( attributes ) ) );
	}

	wp.blocks.registerBlockType( 'exercise-elements/exercise-card', {
		edit( { attributes, setAttributes } ) {
			const dataset = useDataset();
			useServerFallback( 'exercise-elements/exercise-card', attributes, setAttributes );
			const help = __( 'Empty: the exercise’s own dose.', 'exercise-elements' );
			return el(
				Fragment,
				null,
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Exercise', 'exercise-elements' ) },
						...choiceControls( dataset && dataset.exercises, 'exercise', __( 'Exercise', 'exercise-elements' ), __( 'Loading exercises…', 'exercise-elements' ), attributes, setAttributes ),
						el( SelectControl, {
							label: __( 'Layout', 'exercise-elements' ),
							value: attributes.variant,
							options: [
								{ value: '', label: __( 'Full', 'exercise-elements' ) },
								{ value: 'compact', label: __( 'Compact', 'exercise-elements' ) },
							],
							onChange: ( variant ) => setAttributes( { variant } ),
						} ),
						toggle( attributes, setAttributes, 'timer', __( 'Timer (a Start button)', 'exercise-elements' ) ),
						toggle( attributes, setAttributes, 'structuredData', __( 'Structured data for search engines', 'exercise-elements' ) )
					),
					el(
						PanelBody,
						{ title: __( 'Dose', 'exercise-elements' ), initialOpen: false },
						textControl( attributes, setAttributes, 'sets', __( 'Sets', 'exercise-elements' ), help ),
						textControl( attributes, setAttributes, 'reps', __( 'Reps (10, 8-12 or max)', 'exercise-elements' ), help ),
						textControl( attributes, setAttributes, 'hold', __( 'Hold, seconds (30 or 15-30)', 'exercise-elements' ), help ),
						textControl( attributes, setAttributes, 'rest', __( 'Rest, seconds', 'exercise-elements' ), help ),
						textControl( attributes, setAttributes, 'duration', __( 'Duration (90s, 5m, 5-10m)', 'exercise-elements' ), help ),
						el( SelectControl, {
							label: __( 'Side', 'exercise-elements' ),
							value: attributes.side,
							options: [
								{ value: '', label: __( 'The exercise’s own', 'exercise-elements' ) },
								{ value: 'both', label: __( 'Both sides together', 'exercise-elements' ) },
								{ value: 'each', label: __( 'Each side', 'exercise-elements' ) },
								{ value: 'alternate', label: __( 'Alternating sides', 'exercise-elements' ) },
								{ value: 'left', label: __( 'Left side', 'exercise-elements' ) },
								{ value: 'right', label: __( 'Right side', 'exercise-elements' ) },
							],
							onChange: ( side ) => setAttributes( { side } ),
						} )
					)
				),
				el( 'div', useBlockProps(), preview( 'exercise-card', attributes, 'exercise', __( 'Exercise card', 'exercise-elements' ) ) )
			);
		},
		save,
	} );

	wp.blocks.registerBlockType( 'exercise-elements/routine-player', {
		edit( { attributes, setAttributes } ) {
			const dataset = useDataset();
			useServerFallback( 'exercise-elements/routine-player', attributes, setAttributes );
			return el(
				Fragment,
				null,
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Routine', 'exercise-elements' ) },
						...choiceControls( dataset && dataset.routines, 'routine', __( 'Routine', 'exercise-elements' ), __( 'Loading routines…', 'exercise-elements' ), attributes, setAttributes ),
						textControl( attributes, setAttributes, 'label', __( 'Title (empty: the routine’s name)', 'exercise-elements' ) ),
						textControl( attributes, setAttributes, 'rounds', __( 'Rounds', 'exercise-elements' ) ),
						textControl( attributes, setAttributes, 'restBetween', __( 'Rest between exercises, seconds', 'exercise-elements' ) ),
						textControl( attributes, setAttributes, 'leadIn', __( 'Get-ready countdown, seconds', 'exercise-elements' ) ),
						toggle( attributes, setAttributes, 'voice', __( 'Spoken cues', 'exercise-elements' ) ),
						toggle( attributes, setAttributes, 'muted', __( 'Start muted', 'exercise-elements' ) ),
						toggle( attributes, setAttributes, 'remember', __( 'Remember progress on the reader’s device', 'exercise-elements' ) )
					)
				),
				el( 'div', useBlockProps(), preview( 'routine-player', attributes, 'routine', __( 'Routine player', 'exercise-elements' ) ) )
			);
		},
		save,
	} );
} )( window.wp, window.exerciseElementsEditor );
