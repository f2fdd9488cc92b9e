// include/pith/module.h: module objects and the definition of C modules.
//
// A C module is a PtModuleDef (name, doc, method table, init hook); start-up
// registers every def listed in src/modules/modules.def, and `import` builds
// the module object the first time it is asked for.
#ifndef PT_MODULE_H
#define PT_MODULE_H

#include "pith/object.h"  // PtObject, PtMethodDef

extern PtType pt_module_type;

typedef struct PtModuleDef {
    const char *name;
    const char *doc;
    const PtMethodDef *methods;
    // Called after the methods are added: add constants, types, submodules. 0 or -1.
    int (*exec)(PtObject *module);
} PtModuleDef;

PtObject *pt_module_new(PtObject *name);  // name: str
PtObject *pt_module_new_cstr(const char *name);
PtObject *pt_module_from_def(const PtModuleDef *def);
PtObject *pt_module_dict(PtObject *m);  // borrowed
// Add `value` (not stolen) as module.name. 0 or -1.
int pt_module_add(PtObject *m, const char *name, PtObject *value);
int pt_module_add_int(PtObject *m, const char *name, int64_t v);
int pt_module_add_str(PtObject *m, const char *name, const char *v);
int pt_module_add_type(PtObject *m, PtType *t);  // readies t and adds it by its short name
// Import the module `name` (dotted names allowed) and return it (the leaf
// module, like importlib.import_module). New reference or NULL.
PtObject *pt_import(const char *name);
PtObject *pt_import_module(PtObject *name);  // importlib.import_module(name): the leaf module

#endif  // PT_MODULE_H
