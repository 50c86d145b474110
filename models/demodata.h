#pragma once

#include "models/result.h"

class WebcastRepository;

// Fills an empty database with a realistic example: three workshops over
// several days, a dozen presentations in every state, speakers and bios.
namespace demodata {

Status populate(WebcastRepository &repository);
// A large synthetic site for benchmarks: `workshops` x `talksPerWorkshop`.
Status populateLarge(WebcastRepository &repository, int workshops, int talksPerWorkshop);

} // namespace demodata
