// mapshaper loads these packages only for GeoPackage, FlatGeobuf, GeoTIFF, GeoParquet and font-measured SVG labels.
// The pipeline reads and writes TopoJSON, so package.json's overrides put this stand-in in their place.
throw new Error(
  'This mapshaper dependency is left out of the install (package.json "overrides"); see the README, Dependencies and install.'
);
