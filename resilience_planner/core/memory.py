"""Handing memory the engine has freed back to the operating system.

glibc's allocator keeps memory that was freed in its heaps, to reuse it, unless it lies at
the top of a heap. Between two phases of a large overlay that is a lot: on the huge benchmark
city (100,000 settlements, 20,000 x 20,000 cells) the coverage step leaves about 100 MB free
but held, under the coverage it keeps, while the raster pass that follows needs memory of
other sizes and takes more from the system. ``malloc_trim`` returns the free pages at once.

Only glibc has it (Linux); on Windows, macOS or musl this does nothing.
"""
import ctypes
import ctypes.util
import sys

_trim = []


def _malloc_trim():
    if not _trim:
        function = None
        if sys.platform.startswith('linux'):
            try:
                function = ctypes.CDLL(ctypes.util.find_library('c') or 'libc.so.6').malloc_trim
                function.argtypes = [ctypes.c_size_t]
                function.restype = ctypes.c_int
            except (OSError, AttributeError):
                function = None
        _trim.append(function)
    return _trim[0]


def release_free_memory():
    """Return the C heap's free pages to the system (glibc); True when it could be asked to."""
    function = _malloc_trim()
    if function is None:
        return False
    function(0)
    return True
