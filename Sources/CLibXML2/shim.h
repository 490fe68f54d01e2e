// libxml2 as one Clang module for Swift.
//
// Debian's libxml2 is built with ICU, so <libxml/encoding.h> includes the system's
// <unicode/ucnv.h>; Foundation ships its own ICU module (_FoundationICU) whose `UErrorCode` differs,
// and Clang refuses the two definitions in one program. We never touch ICU-backed encoding
// handlers, so we drop the ICU parts of the headers (they only add two pointer fields at the end of
// xmlCharEncodingHandler, a struct we never allocate or read).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
