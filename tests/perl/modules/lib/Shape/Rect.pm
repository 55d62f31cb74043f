package Shape::Rect;
use strict; use warnings;
use parent 'Shape::Base';
sub area { $_[0]{w} * $_[0]{h} }
1;
