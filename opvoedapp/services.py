"""What the composition root hands to the tab factories.

Each factory takes what its view needs from here and passes it to the view's constructor
explicitly, so a test can build any view with only the pieces it uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for the annotations only: the profile's model is loaded with a profile
    from pathlib import Path

    from opvoedapp.consult import ConsultState
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.profile.model import OrganisationProfile
    from opvoedapp.state.handout_basket import HandoutBasket
    from opvoedapp.state.offer_state import OfferState


@dataclass
class Services:
    content: ContentRepository
    consult: ConsultState
    user_data_dir: Path
    basket: HandoutBasket
    offer: OfferState
    profile: OrganisationProfile | None = None  # None: no profile, nothing marked as offered
    profile_error: str = ""  # Dutch message when a profile was found but cannot be used
