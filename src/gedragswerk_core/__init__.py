"""gedragswerk-core: the Gedragswerk methodiek as code.

How Dutch regions get pupils who sit at home without education (thuiszitters) back into
passend onderwijs: the hulpvraag and intake, the intervention lifecycle with its afronding,
overdracht and doorverwijzing rules, and signals — each decision citing the rule ids of the
methodiek (``R-LC-6``, …). No I/O: every "now" is a parameter.

Every public name is defined once, in the ``__all__`` of the module or package that owns it;
this module imports them all eagerly and exports the union (see docs/architecture.md).

Examples:
    >>> from gedragswerk_core import beoordeel_intake, voorbeeld
    >>> beoordeel_intake(voorbeeld.hulpvraag()).toegestaan
    True
"""

# Star imports on purpose: each package's ``__all__`` is the one list of its public names.
from gedragswerk_core import (
    besluit,
    diagnose,
    errors,
    interventie,
    koppeling,
    leerling,
    leerplicht,
    partijen,
    rapportage,
    regio,
    schooljaar,
    serialisatie,
    signaal,
    tafels,
    verantwoording,
    voorbeelden,
    werkagenda,
)
from gedragswerk_core._versie import __version__
from gedragswerk_core.besluit import *
from gedragswerk_core.diagnose import *
from gedragswerk_core.errors import *
from gedragswerk_core.interventie import *
from gedragswerk_core.koppeling import *
from gedragswerk_core.leerling import *
from gedragswerk_core.leerplicht import *
from gedragswerk_core.partijen import *
from gedragswerk_core.rapportage import *
from gedragswerk_core.regio import *
from gedragswerk_core.schooljaar import *
from gedragswerk_core.serialisatie import *
from gedragswerk_core.signaal import *
from gedragswerk_core.tafels import *
from gedragswerk_core.verantwoording import *
from gedragswerk_core.voorbeelden import *
from gedragswerk_core.werkagenda import *

__all__ = ["__version__"]
__all__ += errors.__all__
__all__ += leerling.__all__
__all__ += koppeling.__all__
__all__ += partijen.__all__
__all__ += schooljaar.__all__
__all__ += besluit.__all__
__all__ += signaal.__all__
__all__ += interventie.__all__
__all__ += diagnose.__all__
__all__ += regio.__all__
__all__ += tafels.__all__
__all__ += werkagenda.__all__
__all__ += leerplicht.__all__
__all__ += rapportage.__all__
__all__ += serialisatie.__all__
__all__ += verantwoording.__all__
__all__ += voorbeelden.__all__
