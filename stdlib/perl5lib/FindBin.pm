# Caravan's own FindBin: the directory ($Bin) and name ($Script) of the running program,
# and their symlink-resolved forms ($RealBin, $RealScript).
package FindBin;
use strict;
use warnings;
no warnings 'once';

require Exporter;
require Cwd;
require File::Basename;
require File::Spec;
our @ISA = ('Exporter');
our $VERSION = '1.53';
our @EXPORT_OK = qw($Bin $Script $RealBin $RealScript $Dir $RealDir);
our %EXPORT_TAGS = (ALL => [qw($Bin $Script $RealBin $RealScript $Dir $RealDir)]);
our ($Bin, $Script, $RealBin, $RealScript, $Dir, $RealDir);

sub again { init() }

sub init {
    my $script = $0;
    if ($script eq '-e' || $script eq '-') {
        $Script = $RealScript = $script;
        $Bin = $RealBin = Cwd::getcwd();
    }
    else {
        if (!File::Spec->file_name_is_absolute($script) && $script !~ m{/} && !-f $script) {
            for my $dir (File::Spec->path) {
                my $candidate = File::Spec->catfile($dir, $script);
                if (-r $candidate && !-d _) {
                    $script = $candidate;
                    last;
                }
            }
        }
        die "Cannot find current script '$0'" unless -f $script;
        $Script = $RealScript = File::Basename::basename($script);
        $Bin = File::Basename::dirname($script);
        $Bin = Cwd::abs_path($Bin);
        my $real = $script;
        while (defined(my $link = readlink $real)) {
            my $linkdir = File::Basename::dirname($real);
            $real = File::Spec->file_name_is_absolute($link) ? $link : File::Spec->catfile($linkdir, $link);
        }
        $RealScript = File::Basename::basename($real);
        $RealBin = Cwd::abs_path(File::Basename::dirname($real));
    }
    $Dir = $Bin;
    $RealDir = $RealBin;
}

init();

1;
